// Inline constraints (func F[T interface{ ~int | ~uint }], and the short
// form [T ~int8 | ~int16]), conversions involving type parameters
// (float64(x), T(1), T(x) between type parameters, string(rune)),
// bit operations and shifts on integer type parameters, overflow at the
// instantiated width.
package main

import "fmt"

func PopCount[T interface {
	~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uint
}](x T) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func Double[T ~int8 | ~int16 | ~int32](x T) T {
	return x * T(2)
}

func Mean[T interface{ ~int | ~int64 | ~float64 }](xs []T) float64 {
	var s float64
	for _, x := range xs {
		s += float64(x)
	}
	return s / float64(len(xs))
}

func Convert[From, To interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64 | ~uint8
}](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Pow2[T interface{ ~int | ~uint | ~int64 }](n int) T {
	return T(1) << n
}

func Reverse[T ~uint8 | ~uint16 | ~uint32](x T, bits int) T {
	var r T
	for i := 0; i < bits; i++ {
		r = r<<1 | (x>>i)&1
	}
	return r
}

func Runes[T ~int32 | ~int](xs []T) string {
	s := ""
	for _, x := range xs {
		s += string(rune(x))
	}
	return s
}

func Abs[T interface{ ~int | ~int64 | ~float64 }](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func MaxValue[T ~int8 | ~int16 | ~uint8]() T {
	var x T = 1
	for x<<1 > x {
		x = x<<1 | 1
	}
	return x
}

type Flags uint16
type Small int8

func main() {
	fmt.Println(PopCount(uint8(255)), PopCount(uint64(1<<63|1)), PopCount(Flags(0x0f0f)), PopCount[uint](0))
	fmt.Println(Double(int8(100)), Double(Small(-3)), Double[int32](1<<30))
	fmt.Println(Mean([]int{1, 2, 4}), Mean([]float64{0.5, 1.5}))

	fmt.Println(Convert[float64, int]([]float64{1.9, -1.9, 2.5}))
	fmt.Println(Convert[int, uint8]([]int{255, 256, 257, -1}))
	fmt.Println(Convert[int32, float32]([]int32{1 << 24, 1<<24 + 1}))
	fmt.Printf("%T\n", Convert[uint8, int64]([]uint8{1}))

	fmt.Println(Pow2[int](10), Pow2[uint](63), Pow2[int64](62), Pow2[int](64))
	fmt.Printf("%08b %016b\n", Reverse(uint8(0b00010111), 8), Reverse(Flags(1), 16))
	fmt.Println(Runes([]rune{72, 105, 0x1F600}), Runes([]int{0x48, 0x49}))
	fmt.Println(Abs(-3), Abs(int64(-1<<40)), Abs(-2.5), Abs(0.0))
	fmt.Println(MaxValue[int8](), MaxValue[uint8](), MaxValue[int16](), MaxValue[Small]())

	f := PopCount[Flags]
	fmt.Printf("%T %d\n", f, f(7))
}

package main

import (
	"fmt"
	"math"
)

type Key struct {
	A interface{}
	B [2]string
}

type Celsius float64
type Fahrenheit float64

type PointA struct{ X, Y int }
type PointB struct{ X, Y int }

//go:noinline
func div(a, b int64) (int64, int64) { return a / b, a % b }

//go:noinline
func div32(a, b int32) (int32, int32) { return a / b, a % b }

//go:noinline
func div8(a, b int8) (int8, int8) { return a / b, a % b }

//go:noinline
func shl(x int64, n uint) int64 { return x << n }

//go:noinline
func shr(x int64, n uint) int64 { return x >> n }

//go:noinline
func ushr(x uint32, n int) uint32 { return x >> n }

//go:noinline
func f2i(f float64) int64 { return int64(f) }

//go:noinline
func f2u(f float64) uint64 { return uint64(f) }

//go:noinline
func f2i32(f float64) int32 { return int32(f) }

//go:noinline
func f2u8(f float64) uint8 { return uint8(f) }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	fmt.Println(div(math.MinInt64, -1))
	fmt.Println(div32(math.MinInt32, -1))
	fmt.Println(div8(-128, -1))
	fmt.Println(div(-7, 2))
	fmt.Println(shl(1, 63), shl(1, 64), shl(-1, 200), shr(-8, 1), shr(-8, 100), ushr(0xffffffff, 40))
	fmt.Println(f2i(math.NaN()), f2i(math.Inf(1)), f2i(-1e300), f2i(3.99), f2i(-3.99))
	fmt.Println(f2u(-1), f2u(1e20), f2u(math.NaN()), f2i32(1e10), f2u8(300), f2u8(-1))
	fmt.Println(Celsius(100)*9/5+32, Fahrenheit(Celsius(37.5)))
	a := PointA{1, 2}
	b := PointB(a)
	fmt.Println(b, PointA(b) == a)
	m := map[Key]int{}
	m[Key{1, [2]string{"a", "b"}}] = 1
	m[Key{"1", [2]string{"a", "b"}}] = 2
	m[Key{1, [2]string{"a", "b"}}]++
	fmt.Println(len(m), m[Key{1, [2]string{"a", "b"}}])
	try("unhashable", func() { m[Key{A: []int{1}}] = 3 })
	var i1, i2 interface{} = []int{1}, []int{1}
	try("uncomparable", func() { fmt.Println(i1 == i2) })
	var e1, e2 interface{} = 1, "1"
	fmt.Println(e1 == e2, e1 == 1, e2 == "1")
	try("negshift", func() {
		n := -1
		fmt.Println(1 << n)
	})
	arr1 := [2][2]int{{1, 2}, {3, 4}}
	arr2 := arr1
	arr2[1][1] = 5
	fmt.Println(arr1 == arr2, arr1 != arr2, arr1)
	fmt.Println(string(rune(65)), string(rune(-1)), string(rune(0x10FFFF+1)), []byte(string(rune(0xD800))))
	var u8 uint8 = 200
	var i8 = int8(u8)
	fmt.Println(i8, uint16(i8), int(^uint(0)>>1) == math.MaxInt, -(-128) == 128)
	x := 0.1
	y := 0.2
	fmt.Println(x+y == 0.3, x+y, float32(x+y), math.Round(-2.5), math.Trunc(-2.5), math.Floor(-2.5), math.Mod(-7, 3), math.Remainder(-7, 3))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64, float32(1)/3, 1.0/3)
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z, math.Signbit(-z*1), math.Sqrt(-1))
	c := complex(3, 4)
	fmt.Println(real(c), imag(c), c*c, c/complex(0, 1))
	fmt.Printf("%.3f %v %08b %o %#o %x\n", math.Cbrt(27), math.Pow(2, -2), 5, 64, 64, uint64(math.Float64bits(-0.0)))
	h := uint32(2166136261)
	for _, ch := range []byte("overflow") {
		h = (h ^ uint32(ch)) * 16777619
	}
	fmt.Println(h, int32(h), uint16(h), int8(h))
}

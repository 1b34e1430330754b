// Escape analysis of generic code (the point of its .m/.ml files):
// constructors returning &Box[T]{...}, Ptr(v) moving a parameter to the
// heap, params that leak only their content, local arrays of T that stay
// on the stack, any(x) conversions, stores into a package-level instance,
// closures capturing T, make([]T, n) with constant and variable n.
package main

import "fmt"

type Box[T any] struct {
	v    T
	next *Box[T]
}

func NewBox[T any](v T) *Box[T] { return &Box[T]{v: v} }

func Ptr[T any](v T) *T { return &v }

func Load[T any](p *T) T { return *p }

func First[T any](xs []T) T { return xs[0] }

func Keep[T any](xs []T) []T { return xs[:1] }

var kept []*Box[int]

func Retain(b *Box[int]) { kept = append(kept, b) }

func SumFixed[T ~int | ~float64](xs ...T) T {
	var buf [8]T
	n := copy(buf[:], xs)
	var s T
	for _, x := range buf[:n] {
		s += x
	}
	return s
}

func Describe[T any](x T) string {
	return fmt.Sprint(any(x))
}

func MakeN[T any](n int) []T {
	small := make([]T, 4)
	big := make([]T, n)
	return append(big, small[0])
}

func Counter[T ~int](step T) func() T {
	var c T
	return func() T {
		c += step
		return c
	}
}

func Chain[T any](vals ...T) *Box[T] {
	var head *Box[T]
	for i := len(vals) - 1; i >= 0; i-- {
		head = &Box[T]{vals[i], head}
	}
	return head
}

func Len[T any](b *Box[T]) int {
	n := 0
	for ; b != nil; b = b.next {
		n++
	}
	return n
}

func Swap[T any](a, b *T) { *a, *b = *b, *a }

type point struct{ x, y int }

func main() {
	b := NewBox(3)
	p := Ptr("s")
	fmt.Println(b.v, *p, Load(p), Load(&b.v))

	xs := []point{{1, 2}, {3, 4}}
	fmt.Println(First(xs), Keep(xs), len(Keep([]int{9, 8})))

	local := Box[int]{v: 7}
	Retain(&local)
	Retain(NewBox(8))
	fmt.Println(len(kept), kept[0].v+kept[1].v)

	fmt.Println(SumFixed(1, 2, 3), SumFixed(0.5, 0.25))
	fmt.Println(Describe(point{5, 6}), Describe(4.5))

	ms := MakeN[string](3)
	fmt.Println(len(ms), cap(ms) >= 4)

	next := Counter(5)
	next()
	fmt.Println(next(), next())

	c := Chain("a", "b", "c")
	fmt.Println(Len(c), c.v, c.next.next.v, Len[int](nil))

	x, y := point{1, 1}, point{2, 2}
	Swap(&x, &y)
	i, j := 10, 20
	Swap(&i, &j)
	fmt.Println(x, y, i, j)
}

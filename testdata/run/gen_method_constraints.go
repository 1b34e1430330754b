// Constraints with methods: T interface{ String() string }, a constraint
// with both a type set and a method, a pointer-method constraint
// (PT interface{ *T; Reset() }) used to allocate and reset values,
// and calling methods on type parameter values.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stringer interface {
	String() string
}

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type Label string

func (l Label) String() string { return strings.ToUpper(string(l)) }

// A constraint with a type set and a method: only named integer types
// that also know how to print themselves.
type PrintableInt interface {
	~int | ~int64
	String() string
}

func SumAndShow[T PrintableInt](xs ...T) string {
	var total T
	for _, x := range xs {
		total += x
	}
	return fmt.Sprintf("%s (%d terms)", total.String(), len(xs))
}

type Resetter[T any] interface {
	*T
	Reset()
	Used() int
}

type Buffer struct {
	data []byte
	uses int
}

func (b *Buffer) Reset()    { b.data = b.data[:0]; b.uses++ }
func (b *Buffer) Used() int { return b.uses }

type Counter struct{ n, uses int }

func (c *Counter) Reset()    { c.n = 0; c.uses++ }
func (c *Counter) Used() int { return c.uses }

// Recycle allocates values of T and resets them through *T's methods.
type Recycler[T any, PT Resetter[T]] struct {
	free []PT
	made int
}

func (r *Recycler[T, PT]) Get() PT {
	if n := len(r.free); n > 0 {
		p := r.free[n-1]
		r.free = r.free[:n-1]
		return p
	}
	r.made++
	return PT(new(T))
}

func (r *Recycler[T, PT]) Put(p PT) {
	p.Reset()
	r.free = append(r.free, p)
}

func ResetAll[T any, PT Resetter[T]](xs []T) int {
	total := 0
	for i := range xs {
		PT(&xs[i]).Reset()
		total += PT(&xs[i]).Used()
	}
	return total
}

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func Largest[S Shape](shapes []S) (best S) {
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return
}

func main() {
	fmt.Println(JoinAll([]ID{1, 22, 333}, ", "))
	fmt.Println(JoinAll([]Label{"a", "bc"}, "+"))
	fmt.Println(JoinAll([]fmt.Stringer{ID(7), Label("x")}, "|"))
	fmt.Println(JoinAll[ID](nil, "-") == "")

	fmt.Println(SumAndShow[ID](1, 2, 3))
	fmt.Println(SumAndShow(ID(40), ID(2)))

	var rb Recycler[Buffer, *Buffer]
	b1 := rb.Get()
	b1.data = append(b1.data, "hello"...)
	b2 := rb.Get()
	rb.Put(b1)
	b3 := rb.Get()
	fmt.Println(rb.made, b3 == b1, len(b3.data), cap(b3.data) >= 5, b3.Used(), b2.Used())
	fmt.Printf("%T\n", rb)

	cs := make([]Counter, 3)
	cs[1].n = 9
	fmt.Println(ResetAll[Counter](cs), ResetAll[Counter](cs), cs)

	fmt.Printf("%+v\n", Largest([]Rect{{1, 2}, {3, 1}, {2, 2}}))
	fmt.Printf("%+v\n", Largest([]Circle{{1}, {0.5}}))
	mixed := []Shape{Rect{1, 1}, Circle{1}, Rect{2, 2}}
	l := Largest(mixed)
	fmt.Println(l.Name(), l.Area())
	var none []Rect
	fmt.Println(Largest(none))
}

// Held-out-style generics (session 9): a Shape constraint over value and
// pointer receivers, a bounded generic cache, Stringer constraints, Ptr[T].
package main

import (
	"fmt"
	"strconv"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3.14159 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }

func Largest[S Shape](shapes []S) S {
	var best S
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.limit {
			old := c.order[0]
			c.order = c.order[1:]
			delete(c.data, old)
		}
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "id-" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

func main() {
	rs := []Rect{{1, 2}, {3, 4}, {2, 2}}
	fmt.Println(Largest(rs))
	cs := []*Circle{{1}, {3}, {2}}
	fmt.Println(Largest(cs).R)
	c := NewCache[string, []int](2)
	c.Put("a", []int{1})
	c.Put("b", []int{2})
	c.Put("c", []int{3})
	_, okA := c.Get("a")
	vc, okC := c.Get("c")
	fmt.Println(okA, vc, okC)
	fmt.Println(JoinAll([]ID{1, 2, 3}, ","))
	p := Ptr(42)
	q := Ptr("s")
	fmt.Println(*p, *q)
	var shapes []Shape
	shapes = append(shapes, Rect{1, 1}, &Circle{1})
	fmt.Printf("%.2f\n", Largest(shapes).Area())
}

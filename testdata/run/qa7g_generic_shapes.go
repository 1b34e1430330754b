package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Stringer interface{ String() string }

type Shower[T any] interface {
	~[]T
	Len() int
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

func Clamp[T Integer](v, lo, hi T) T {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]     { return Opt[T]{} }

func (o Opt[T]) Get() (T, bool) { return o.val, o.ok }
func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type LinkedList[T comparable] struct {
	head *node[T]
	size int
}

type node[T comparable] struct {
	v    T
	next *node[T]
}

func (l *LinkedList[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *LinkedList[T]) Contains(v T) bool {
	for n := l.head; n != nil; n = n.next {
		if n.v == v {
			return true
		}
	}
	return false
}

func (l *LinkedList[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.v)
		i++
	}
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) (evicted Opt[K]) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	if len(c.order) > c.limit {
		old := c.order[0]
		c.order = c.order[1:]
		delete(c.data, old)
		return Some(old)
	}
	return None[K]()
}

func (c *Cache[K, V]) Get(k K) Opt[V] {
	v, ok := c.data[k]
	return Opt[V]{v, ok}
}

func SortBy[T any, K Integer | ~string](xs []T, key func(T) K) {
	sort.Slice(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(visit func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func main() {
	fmt.Println(JoinAll([]Celsius{21.5, -3}, ", "), JoinAll([]ID{7, 42}, "|"))
	fmt.Println(Clamp(15, 0, 10), Clamp(int8(-100), -5, 5), Clamp[ID](3, 4, 9))
	o := Some("x")
	n := None[float64]()
	v, ok := n.Get()
	fmt.Println(o, n, v, ok, n.OrElse(2.5), o.OrElse("y"))
	fmt.Printf("%v %+v %T %T\n", o, Some(ID(3)), o, Some([]Opt[int]{}))
	var l LinkedList[string]
	for _, s := range []string{"a", "b", "c"} {
		l.Push(s)
	}
	l.Each(func(i int, s string) { fmt.Print(i, "=", s, " ") })
	fmt.Println(l.Contains("b"), l.Contains("z"), l.size)
	c := NewCache[string, int](2)
	for i, k := range []string{"x", "y", "x", "z", "w"} {
		if ev := c.Put(k, i); ev.ok {
			fmt.Println("evicted", ev)
		}
	}
	fmt.Println(c.Get("x"), c.Get("z"), c.Get("w"), c.order)
	type person struct {
		name string
		age  int
	}
	ps := []person{{"bo", 30}, {"al", 25}, {"cy", 35}}
	SortBy(ps, func(p person) int { return p.age })
	fmt.Println(ps)
	SortBy(ps, func(p person) string { return p.name })
	fmt.Println(ps)
	var root *Tree[string]
	for _, w := range strings.Fields("m c x a d z") {
		root = root.Insert(w)
	}
	var got []string
	root.Walk(func(s string) { got = append(got, s) })
	fmt.Println(got)
	get := c.Get
	fmt.Println(get("w"), Opt[int].String(Some(5)))
	f := Clamp[int64]
	fmt.Printf("%T %v\n", f, f(99, 1, 50))
}

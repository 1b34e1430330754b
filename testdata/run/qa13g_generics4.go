package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Node[T any] struct {
	Val      T
	Children []*Node[T]
}

func (n *Node[T]) Add(v T) *Node[T] {
	c := &Node[T]{Val: v}
	n.Children = append(n.Children, c)
	return c
}

func (n *Node[T]) Walk(depth int, f func(int, T)) {
	f(depth, n.Val)
	for _, c := range n.Children {
		c.Walk(depth+1, f)
	}
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}
func (o Opt[T]) Or(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) (r Result[T]) {
	defer func() {
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("panic: %v", p)
		}
	}()
	v, err := f()
	return Result[T]{v, err}
}

type Ptr[T any] interface {
	*T
	fmt.Stringer
}

type Acc struct{ n int }

func (a *Acc) String() string { return fmt.Sprint("acc", a.n) }

func Show[T any, P Ptr[T]](xs []T) string {
	var parts []string
	for i := range xs {
		parts = append(parts, P(&xs[i]).String())
	}
	return strings.Join(parts, ",")
}

type Event[T comparable] struct {
	subs map[T][]func(T)
}

func (e *Event[T]) On(k T, f func(T)) {
	if e.subs == nil {
		e.subs = map[T][]func(T){}
	}
	e.subs[k] = append(e.subs[k], f)
}

func (e *Event[T]) Emit(k T) int {
	for _, f := range e.subs[k] {
		f(k)
	}
	return len(e.subs[k])
}

func MapKV[K comparable, V, R any](m map[K]V, f func(K, V) R) []R {
	var out []R
	for k, v := range m {
		out = append(out, f(k, v))
	}
	return out
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

type Num interface{ ~int | ~int64 | ~float64 }

func Stats[T Num](xs ...T) (min, max T, mean float64) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	var sum T
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		sum += x
	}
	return min, max, float64(sum) / float64(len(xs))
}

func main() {
	root := &Node[string]{Val: "root"}
	a := root.Add("a")
	a.Add("a1")
	a.Add("a2")
	root.Add("b").Add("b1")
	root.Walk(0, func(d int, s string) { fmt.Println(strings.Repeat("  ", d) + s) })
	fmt.Println(Some(3), None[string](), Some("x").Or("y"), None[int]().Or(9))
	fmt.Printf("%v %+v %T\n", Some(1.5), Some([]int{1}), Some(Some(1)))
	fmt.Println([]Opt[int]{Some(1), None[int]()})
	r1 := Try(func() (int, error) { return 42, nil })
	r2 := Try(func() (string, error) { return "", errors.New("bad") })
	r3 := Try(func() ([]int, error) { var m map[string]int; m["x"] = 1; return nil, nil })
	fmt.Printf("%+v %+v %+v\n", r1, r2, r3)
	fmt.Println(Show([]Acc{{1}, {2}}))
	var ev Event[string]
	log := []string{}
	ev.On("x", func(s string) { log = append(log, "1:"+s) })
	ev.On("x", func(s string) { log = append(log, "2:"+s) })
	fmt.Println(ev.Emit("x"), ev.Emit("y"), log)
	out := MapKV(map[string]int{"a": 1, "b": 2, "c": 3}, func(k string, v int) string { return fmt.Sprint(k, v) })
	sort.Strings(out)
	fmt.Println(out)
	calls := 0
	sq := Memo(func(n int) int { calls++; return n * n })
	fmt.Println(sq(4), sq(4), sq(5), calls)
	fmt.Println(Stats(3, 1, 4, 1, 5))
	fmt.Println(Stats(2.5, -1.0))
	fmt.Println(Stats[int64]())
}

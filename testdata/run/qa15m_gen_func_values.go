package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pool[T any] struct {
	newFn   func() *T
	resetFn func(*T)
	free    []*T
	made    int
}

func Make[T any]() *T { return new(T) }

func Zero[T any](p *T) {
	var z T
	*p = z
}

func NewPool[T any]() *Pool[T] {
	return &Pool[T]{newFn: Make[T], resetFn: Zero[T]}
}

func (p *Pool[T]) Get() *T {
	if n := len(p.free); n > 0 {
		x := p.free[n-1]
		p.free = p.free[:n-1]
		return x
	}
	p.made++
	return p.newFn()
}

func (p *Pool[T]) Put(x *T) {
	p.resetFn(x)
	p.free = append(p.free, x)
}

func Identity[T any](x T) T { return x }

func Apply[T any](xs []T, fs ...func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		for _, f := range fs {
			x = f(x)
		}
		out[i] = x
	}
	return out
}

func Twice[T any](f func(T) T) func(T) T { return func(x T) T { return f(f(x)) } }

func Pipeline[T any](xs []T, f func(T) T) []T {
	steps := []func(T) T{Identity[T], f, Twice(f)}
	return Apply(xs, steps...)
}

type record struct {
	name string
	vals []int
}

func bump(r record) record {
	r.vals = append(append([]int(nil), r.vals...), len(r.vals))
	return r
}

func main() {
	rp := NewPool[record]()
	a := rp.Get()
	a.name = "a"
	a.vals = []int{1}
	rp.Put(a)
	b := rp.Get()
	fmt.Println(a == b, b.name == "", b.vals == nil, rp.made)
	bp := NewPool[strings.Builder]()
	sb := bp.Get()
	sb.WriteString("pooled")
	fmt.Println(sb.String(), bp.made)
	bp.Put(sb)
	fmt.Println(bp.Get().Len())
	ints := Pipeline([]int{1, 2, 3}, func(x int) int { return x * 2 })
	strs := Pipeline([]string{"a", "b"}, strings.ToUpper)
	recs := Pipeline([]record{{"r", nil}}, bump)
	fmt.Println(ints, strs, recs[0].vals)
	fs := map[string]func(float64) float64{"id": Identity[float64], "twice-half": Twice(func(x float64) float64 { return x / 2 })}
	keys := make([]string, 0, len(fs))
	for k := range fs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, fs[k](10))
	}
	fmt.Println(Apply([]int{5}, Identity[int], Twice(Identity[int])))
}

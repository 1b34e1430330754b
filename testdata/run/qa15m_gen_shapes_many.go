package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int32 | ~float64
}

type Vec[T Number] []T

func (v Vec[T]) Sum() (s T) {
	for _, x := range v {
		s += x
	}
	return
}

func (v Vec[T]) Map(f func(T) T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = f(x)
	}
	return out
}

func Scale[T Number](k T) func(T) T { return func(x T) T { return x * k } }

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

type Box[T any] struct {
	val  T
	refs int
}

func NewBox[T any](v T) *Box[T] { return &Box[T]{val: v, refs: 1} }

func (b *Box[T]) Get() T        { b.refs++; return b.val }
func (b *Box[T]) Swap(v T) (old T) { old, b.val = b.val, v; return }

type Meters float64
type pt struct{ x, y int }

func describe[T any](label string, b *Box[T]) string {
	return fmt.Sprintf("%s=%v(refs %d)", label, b.Get(), b.refs)
}

func main() {
	ints := Vec[int]{1, 2, 3, 4}
	fl := Vec[float64]{0.5, 1.5}
	ms := Vec[Meters]{10, 20.5}
	i32 := Vec[int32]{7, -7, 9}
	fmt.Println(ints.Sum(), fl.Sum(), ms.Sum(), i32.Sum())
	fmt.Println(ints.Map(Scale(3)), fl.Map(Scale(2.0)), ms.Map(Scale[Meters](0.5)), i32.Map(func(x int32) int32 { return -x }))
	words := []string{"go", "gc", "heap"}
	total := Reduce(words, 0, func(n int, s string) int { return n + len(s) })
	joined := Reduce(words, &strings.Builder{}, func(b *strings.Builder, s string) *strings.Builder {
		b.WriteString(s)
		return b
	})
	fmt.Println(total, joined.String(), Reduce(ints, 1.0, func(a float64, x int) float64 { return a * float64(x) }))
	pts := Reduce([]pt{{1, 2}, {3, 4}}, pt{}, func(a, b pt) pt { return pt{a.x + b.x, a.y + b.y} })
	fmt.Println(pts)
	fmt.Println(len(Keys(map[string]int{"a": 1, "b": 2})), len(Keys(map[pt]bool{{1, 1}: true})), len(Keys(map[*pt]struct{}{nil: {}})))
	bi := NewBox(42)
	bs := NewBox("str")
	bp := NewBox(&pt{1, 2})
	bv := NewBox(pt{5, 6})
	ba := NewBox[any](nil)
	fmt.Println(describe("int", bi), describe("str", bs), describe("ptr", bp) != "", describe("val", bv), describe("any", ba))
	old := bp.Swap(&pt{9, 9})
	ba.Swap(old)
	fmt.Println(*bp.Get(), ba.Get(), bi.Swap(7), bi.Get(), bs.refs)
}

package main

import (
	"fmt"
	"math"
	"strings"
)

type Number interface {
	~int | ~int32 | ~float32 | ~float64
}

type Vec3[T Number] [3]T

func (v Vec3[T]) Add(o Vec3[T]) Vec3[T] {
	return Vec3[T]{v[0] + o[0], v[1] + o[1], v[2] + o[2]}
}

func (v Vec3[T]) Scale(k T) Vec3[T] {
	for i := range v {
		v[i] *= k
	}
	return v
}

func (v Vec3[T]) Dot(o Vec3[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

func (v Vec3[T]) Len() float64 { return math.Sqrt(float64(v.Dot(v))) }

func (v *Vec3[T]) Normalize() {
	l := v.Len()
	if l == 0 {
		return
	}
	for i := range v {
		v[i] = T(float64(v[i]) / l)
	}
}

type Container[T any] interface {
	Len() int
	At(i int) T
}

type Ring[T any] struct {
	buf   []T
	start int
	n     int
}

func NewRing[T any](size int) *Ring[T] { return &Ring[T]{buf: make([]T, size)} }

func (r *Ring[T]) Push(v T) {
	if r.n < len(r.buf) {
		r.buf[(r.start+r.n)%len(r.buf)] = v
		r.n++
		return
	}
	r.buf[r.start] = v
	r.start = (r.start + 1) % len(r.buf)
}

func (r *Ring[T]) Len() int     { return r.n }
func (r *Ring[T]) At(i int) T   { return r.buf[(r.start+i)%len(r.buf)] }

type SliceC[T any] []T

func (s SliceC[T]) Len() int   { return len(s) }
func (s SliceC[T]) At(i int) T { return s[i] }

func ToSlice[T any](c Container[T]) []T {
	out := make([]T, c.Len())
	for i := range out {
		out[i] = c.At(i)
	}
	return out
}

func Join[T any](c Container[T], sep string) string {
	parts := make([]string, 0, c.Len())
	for i := 0; i < c.Len(); i++ {
		parts = append(parts, fmt.Sprint(c.At(i)))
	}
	return strings.Join(parts, sep)
}

func ByteLen[S ~string | ~[]byte](s S) int { return len(s) }

func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }

func Flatten[T any](xss [][]T) []T {
	var out []T
	for _, xs := range xss {
		out = append(out, xs...)
	}
	return out
}

func Zero[T any]() T {
	var z T
	return z
}

type Path string

func main() {
	a := Vec3[float64]{1, 2, 2}
	b := Vec3[float64]{0.5, -1, 4}
	fmt.Println(a.Add(b), a.Scale(2), a.Dot(b), a.Len())
	a.Normalize()
	fmt.Printf("%.4f\n", a)
	vi := Vec3[int]{3, 4, 0}
	fmt.Println(vi.Len(), vi.Scale(-1), vi.Dot(vi))
	vi.Normalize()
	fmt.Println(vi)
	r := NewRing[string](3)
	for _, s := range strings.Fields("a b c d e") {
		r.Push(s)
	}
	fmt.Println(ToSlice[string](r), Join[string](r, "|"))
	sc := SliceC[float32]{1.5, 2.5}
	fmt.Println(ToSlice[float32](sc), Join[float32](sc, ";"))
	var c Container[int] = NewRing[int](2)
	c.(*Ring[int]).Push(7)
	fmt.Println(c.Len(), c.At(0))
	fmt.Println(ByteLen("héllo"), ByteLen([]byte{1, 2}), ByteLen(Path("/tmp")), Upper(Path("/usr/bin")))
	fmt.Println(Flatten([][]int{{1, 2}, {}, {3}}), len(Flatten[string](nil)))
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*int]() == nil, Zero[Vec3[int32]]())
	push := r.Push
	push("z")
	fmt.Println(Join[string](r, ""))
	toS := ToSlice[int]
	fmt.Println(toS(SliceC[int]{9, 8}))
}

package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~float32 | ~float64
}

type Series[T Number] struct {
	name string
	vals []T
}

func NewSeries[T Number](name string, vals ...T) *Series[T] {
	return &Series[T]{name: name, vals: append([]T(nil), vals...)}
}

func (s *Series[T]) Add(v T) *Series[T] { s.vals = append(s.vals, v); return s }

func (s *Series[T]) Sum() (t T) {
	for _, v := range s.vals {
		t += v
	}
	return
}

var ErrEmpty = errors.New("empty series")

func (s *Series[T]) Mean() (float64, error) {
	if len(s.vals) == 0 {
		return 0, fmt.Errorf("%s: %w", s.name, ErrEmpty)
	}
	return float64(s.Sum()) / float64(len(s.vals)), nil
}

func (s *Series[T]) MinMax() (lo, hi T) {
	for i, v := range s.vals {
		if i == 0 || v < lo {
			lo = v
		}
		if i == 0 || v > hi {
			hi = v
		}
	}
	return
}

func (s *Series[T]) Sorted() []T {
	out := make([]T, len(s.vals))
	copy(out, s.vals)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func Map[T, U Number](s *Series[T], f func(T) U) *Series[U] {
	out := &Series[U]{name: s.name + "'", vals: make([]U, 0, len(s.vals))}
	for _, v := range s.vals {
		out.vals = append(out.vals, f(v))
	}
	return out
}

type Celsius float64
type Level uint8

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	n := len(ks)
	if len(vs) < n {
		n = len(vs)
	}
	out := make([]Pair[K, V], n)
	for i := 0; i < n; i++ {
		out[i] = Pair[K, V]{ks[i], vs[i]}
	}
	return out
}

func Describe[T Number](s *Series[T]) string {
	var sb strings.Builder
	m, err := s.Mean()
	lo, hi := s.MinMax()
	fmt.Fprintf(&sb, "%s n=%d sum=%v lo=%v hi=%v", s.name, len(s.vals), s.Sum(), lo, hi)
	if err != nil {
		fmt.Fprintf(&sb, " err=%v", err)
	} else {
		fmt.Fprintf(&sb, " mean=%.3f", m)
	}
	return sb.String()
}

func main() {
	temps := NewSeries[Celsius]("temps", 21.5, 19, 23.25, -4)
	fmt.Println(Describe(temps))
	fmt.Println(temps.Sorted())
	levels := NewSeries[Level]("levels", 200, 100, 7)
	fmt.Println(Describe(levels)) // uint8 sum wraps
	wide := Map(levels, func(l Level) int { return int(l) })
	fmt.Println(Describe(wide))
	empty := NewSeries[int8]("none")
	fmt.Println(Describe(empty))
	_, err := empty.Mean()
	fmt.Println(errors.Is(err, ErrEmpty), err)
	fahr := Map(temps, func(c Celsius) float64 { return float64(c)*9/5 + 32 })
	fmt.Println(fahr.Add(100).Sorted())
	ps := Zip([]string{"a", "b", "c"}, temps.vals)
	fmt.Println(ps, len(ps))
	fmt.Printf("%v %s\n", ps[0], ps[1])
	q := Zip([]Level{1, 2}, []error{nil, ErrEmpty})
	fmt.Println(q)
}

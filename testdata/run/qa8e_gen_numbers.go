package main

import (
	"fmt"
	"math"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Number](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		if x > m {
			m = x
		}
	}
	return m
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Clamp[T Number](v, lo, hi T) T {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Celsius float64
type Meters int

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Stats[T Number] struct {
	Count    int
	Min, Max T
	Total    T
}

func (s *Stats[T]) Add(v T) {
	if s.Count == 0 || v < s.Min {
		s.Min = v
	}
	if s.Count == 0 || v > s.Max {
		s.Max = v
	}
	s.Count++
	s.Total += v
}

func (s Stats[T]) String() string {
	return fmt.Sprintf("n=%d min=%v max=%v total=%v", s.Count, s.Min, s.Max, s.Total)
}

type Readings []Celsius

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int64](), Sum(Meters(3), Meters(4)))
	temps := Readings{21.5, 19.0, 23.25, 18.5}
	fmt.Println(Sum(temps...), Max(temps[0], temps[1:]...), Mean(temps))
	fmt.Printf("%.3f %v\n", Mean([]int32{1, 2, 4}), math.IsNaN(Mean([]float32{})))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1.0, 1.0), Clamp(Meters(5), 1, 9))
	scaled := Scale(temps, 2)
	fmt.Printf("%v %T\n", scaled, scaled)
	fmt.Println(Scale([]int{1, 2, 3}, -1))
	p := MakePair("answer", 42)
	q := MakePair(Celsius(3), []string{"cold"})
	fmt.Println(p, q, p.Key, q.Val)
	fmt.Printf("%v %+v %T\n", p, q, p)
	pairs := []Pair[string, int]{{"a", 1}, MakePair("b", 2)}
	fmt.Println(pairs)
	var si Stats[int]
	for _, v := range []int{5, -3, 12, 7} {
		si.Add(v)
	}
	var sc Stats[Celsius]
	for _, v := range temps {
		sc.Add(v)
	}
	fmt.Println(si)
	fmt.Println(sc.String())
	fmt.Println(Max[float64](1, 2.5, -3), Max(int32(-7)))
}

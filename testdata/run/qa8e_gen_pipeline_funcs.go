package main

import (
	"fmt"
	"strings"
)

type Seq[T any] func(yield func(T) bool)

func FromSlice[T any](xs []T) Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func Range(lo, hi int) Seq[int] {
	return func(yield func(int) bool) {
		for i := lo; i < hi; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func MapSeq[T, U any](s Seq[T], f func(T) U) Seq[U] {
	return func(yield func(U) bool) {
		s(func(x T) bool { return yield(f(x)) })
	}
}

func FilterSeq[T any](s Seq[T], p func(T) bool) Seq[T] {
	return func(yield func(T) bool) {
		s(func(x T) bool {
			if p(x) {
				return yield(x)
			}
			return true
		})
	}
}

func Take[T any](s Seq[T], n int) Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		s(func(x T) bool {
			i++
			if !yield(x) {
				return false
			}
			return i < n
		})
	}
}

func Collect[T any](s Seq[T]) []T {
	var out []T
	s(func(x T) bool { out = append(out, x); return true })
	return out
}

func Fold[T, A any](s Seq[T], acc A, f func(A, T) A) A {
	s(func(x T) bool { acc = f(acc, x); return true })
	return acc
}

func (s Seq[T]) ForEach(f func(T)) {
	s(func(x T) bool { f(x); return true })
}

func Naturals() Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Person struct {
	Name string
	Age  int
}

func main() {
	evens := FilterSeq(Range(0, 20), func(i int) bool { return i%2 == 0 })
	fmt.Println(Collect(evens))
	sq := MapSeq(Take(Naturals(), 6), func(i int) int { return i * i })
	fmt.Println(Collect(sq), Fold(sq, 0, func(a, x int) int { return a + x }))
	people := []Person{{"Ann", 31}, {"Ben", 17}, {"Cy", 45}, {"Di", 12}}
	adults := FilterSeq(FromSlice(people), func(p Person) bool { return p.Age >= 18 })
	names := MapSeq(adults, func(p Person) string { return strings.ToUpper(p.Name) })
	fmt.Println(Collect(names))
	Take(FromSlice(people), 2).ForEach(func(p Person) { fmt.Printf("%+v\n", p) })
	joined := Fold(MapSeq(Range(1, 5), func(i int) string { return fmt.Sprint(i) }), "", func(a, s string) string {
		if a == "" {
			return s
		}
		return a + "-" + s
	})
	fmt.Println(joined)
	fmt.Println(len(Collect(Take(Naturals(), 0))), Collect(Take(FilterSeq(Naturals(), func(i int) bool { return i%7 == 0 }), 3)))
	var total float64
	MapSeq(FromSlice([]int{1, 2, 3}), func(i int) float64 { return float64(i) / 4 }).ForEach(func(f float64) { total += f })
	fmt.Println(total)
}

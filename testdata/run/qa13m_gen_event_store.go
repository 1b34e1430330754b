// A generic event store: typed streams of events behind an interface,
// generic Filter/Map/Reduce helpers, atomic.Pointer snapshots of the
// latest value, and generic types embedding other generic types.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Stream[T any] struct {
	mu     sync.Mutex
	name   string
	events []T
	latest atomic.Pointer[T]
}

func NewStream[T any](name string) *Stream[T] {
	return &Stream[T]{name: name}
}

func (s *Stream[T]) Append(v T) {
	s.mu.Lock()
	s.events = append(s.events, v)
	s.mu.Unlock()
	vv := v
	s.latest.Store(&vv)
}

func (s *Stream[T]) Latest() (T, bool) {
	p := s.latest.Load()
	if p == nil {
		var zero T
		return zero, false
	}
	return *p, true
}

func (s *Stream[T]) Snapshot() []T {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]T(nil), s.events...)
}

type Named interface {
	Name() string
	Len() int
}

func (s *Stream[T]) Name() string { return s.name }
func (s *Stream[T]) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.events)
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[N Number](xs []N) N {
	return Reduce(xs, N(0), func(a, b N) N { return a + b })
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Windowed[T Number] struct {
	*Stream[T]
	size int
}

func (w Windowed[T]) Avg() float64 {
	ev := w.Snapshot()
	if len(ev) > w.size {
		ev = ev[len(ev)-w.size:]
	}
	if len(ev) == 0 {
		return 0
	}
	return float64(Sum(ev)) / float64(len(ev))
}

type Click struct {
	User string
	X, Y int
}

func main() {
	clicks := NewStream[Click]("clicks")
	temps := Windowed[float64]{NewStream[float64]("temps"), 3}
	counts := NewStream[int64]("counts")
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			counts.Append(int64(i * 10))
		}(i)
	}
	wg.Wait()
	for i, u := range strings.Fields("ann bob ann cat bob ann") {
		clicks.Append(Click{u, i * 3, i * i})
	}
	for _, t := range []float64{20.5, 21, 22.5, 19, 18.5} {
		temps.Append(t)
	}
	last, ok := clicks.Latest()
	fmt.Println("latest click:", last, ok)
	byAnn := Filter(clicks.Snapshot(), func(c Click) bool { return c.User == "ann" })
	xs := Map(byAnn, func(c Click) int { return c.X })
	fmt.Println("ann xs:", xs, "sum:", Sum(xs))
	pairs := Map(clicks.Snapshot(), func(c Click) Pair[string, int] { return Pair[string, int]{c.User, c.Y} })
	perUser := Reduce(pairs, map[string]int{}, func(m map[string]int, p Pair[string, int]) map[string]int {
		m[p.Key] += p.Val
		return m
	})
	users := make([]string, 0, len(perUser))
	for u := range perUser {
		users = append(users, u)
	}
	sort.Strings(users)
	for _, u := range users {
		fmt.Print(u, "=", perUser[u], " ")
	}
	fmt.Println()
	fmt.Printf("temp avg of last 3: %.2f\n", temps.Avg())
	cs := counts.Snapshot()
	sort.Slice(cs, func(i, j int) bool { return cs[i] < cs[j] })
	fmt.Println("counts:", cs, "sum:", Sum(cs))
	var empty Stream[string]
	_, ok = empty.Latest()
	fmt.Println("empty latest:", ok)
	streams := []Named{clicks, temps, counts}
	for _, s := range streams {
		fmt.Printf("%s:%d ", s.Name(), s.Len())
	}
	fmt.Println()
}

// Method values and func-typed fields of generic instances: bound methods
// (acc.Add) passed to generic higher-order functions and to goroutines,
// method expressions ((*Acc[int]).Add), value-receiver method values
// copying the receiver at evaluation, == on instances (structs, arrays of
// instances), instances as map keys, and a generic Observable[T] whose
// subscribers are method values.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Acc[T ~int | ~float64] struct {
	mu    sync.Mutex
	total T
	n     int
}

func (a *Acc[T]) Add(v T) {
	a.mu.Lock()
	a.total += v
	a.n++
	a.mu.Unlock()
}

func (a *Acc[T]) Mean() float64 { return float64(a.total) / float64(a.n) }

type Snap[T any] struct {
	label string
	val   T
}

func (s Snap[T]) Show() string { return fmt.Sprintf("%s=%v", s.label, s.val) }

func ForEach[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

type Observable[T any] struct {
	subs []func(T)
	last T
}

func (o *Observable[T]) Subscribe(f func(T)) { o.subs = append(o.subs, f) }
func (o *Observable[T]) Set(v T) {
	o.last = v
	for _, f := range o.subs {
		f(v)
	}
}

type Log[T any] struct{ entries []T }

func (l *Log[T]) Record(v T) { l.entries = append(l.entries, v) }

type Key[T comparable] struct {
	ns string
	id T
}

func main() {
	var ai Acc[int]
	ForEach([]int{1, 2, 3, 4}, ai.Add)
	fmt.Println(ai.total, ai.n, ai.Mean())

	var af Acc[float64]
	add := af.Add
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(v float64) {
			defer wg.Done()
			add(v)
		}(float64(i) / 4)
	}
	wg.Wait()
	fmt.Println(af.total, af.n, af.Mean())

	addExpr := (*Acc[int]).Add
	addExpr(&ai, 10)
	mean := (*Acc[int]).Mean
	fmt.Println(ai.total, mean(&ai))

	s := Snap[[]int]{"xs", []int{1}}
	show := s.Show // receiver copied now
	s.label = "changed"
	s.val[0] = 99 // shared backing array is visible
	fmt.Println(show(), s.Show())
	showExpr := Snap[string].Show
	fmt.Println(showExpr(Snap[string]{"k", "v"}))

	var temps Observable[float64]
	var log Log[float64]
	var stats Acc[float64]
	temps.Subscribe(log.Record)
	temps.Subscribe(stats.Add)
	temps.Subscribe(func(v float64) {
		if v > 30 {
			fmt.Println("alert", v)
		}
	})
	for _, t := range []float64{21.5, 33, 25.5} {
		temps.Set(t)
	}
	fmt.Println(log.entries, stats.Mean(), temps.last, len(temps.subs))

	a1 := Snap[int]{"a", 1}
	a2 := Snap[int]{"a", 1}
	fmt.Println(a1 == a2, a1 == Snap[int]{"a", 2})
	arr1 := [2]Snap[string]{{"x", "1"}, {"y", "2"}}
	arr2 := arr1
	fmt.Println(arr1 == arr2)
	arr2[1].val = "3"
	fmt.Println(arr1 == arr2)

	counts := map[Key[int]]int{}
	counts[Key[int]{"user", 1}]++
	counts[Key[int]{"user", 1}]++
	counts[Key[int]{"group", 1}]++
	var ks []string
	for k, v := range counts {
		ks = append(ks, fmt.Sprintf("%s/%d:%d", k.ns, k.id, v))
	}
	sort.Strings(ks)
	fmt.Println(ks)
	sk := map[Key[string]]bool{{"a", "b"}: true}
	fmt.Println(sk[Key[string]{"a", "b"}], sk[Key[string]{"a", "c"}])
	fmt.Printf("%T %T\n", add, addExpr)
}

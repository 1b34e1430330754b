package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Future[T any] struct {
	once sync.Once
	done chan struct{}
	val  T
	err  error
}

func Go[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{done: make(chan struct{})}
	go func() {
		v, err := f()
		fu.once.Do(func() {
			fu.val, fu.err = v, err
			close(fu.done)
		})
	}()
	return fu
}

func (f *Future[T]) Await() (T, error) {
	<-f.done
	return f.val, f.err
}

func All[T any](fs ...*Future[T]) ([]T, error) {
	out := make([]T, len(fs))
	var errs []error
	for i, f := range fs {
		v, err := f.Await()
		if err != nil {
			errs = append(errs, fmt.Errorf("future %d: %w", i, err))
			continue
		}
		out[i] = v
	}
	if len(errs) > 0 {
		return out, errs[0]
	}
	return out, nil
}

func Map[T, U any](f *Future[T], g func(T) U) *Future[U] {
	return Go(func() (U, error) {
		v, err := f.Await()
		if err != nil {
			var zero U
			return zero, err
		}
		return g(v), nil
	})
}

var ErrOdd = errors.New("odd input")

type report struct {
	name  string
	lines []string
}

func main() {
	var fs []*Future[int]
	for i := 1; i <= 5; i++ {
		n := i
		fs = append(fs, Go(func() (int, error) {
			if n == 3 {
				return 0, ErrOdd
			}
			return n * n, nil
		}))
	}
	vals, err := All(fs...)
	fmt.Println(vals, err, errors.Is(err, ErrOdd))
	strs := Map(fs[1], func(v int) string { return fmt.Sprint("v=", v) })
	s, err := strs.Await()
	fmt.Println(s, err)
	bad := Map(fs[2], func(v int) *report { return &report{name: "never"} })
	r, err := bad.Await()
	fmt.Println(r == nil, err)
	reps := make([]*Future[*report], 3)
	for i := range reps {
		i := i
		reps[i] = Go(func() (*report, error) {
			rp := &report{name: fmt.Sprint("r", i)}
			for j := 0; j <= i; j++ {
				rp.lines = append(rp.lines, fmt.Sprint(i, ".", j))
			}
			return rp, nil
		})
	}
	all, _ := All(reps...)
	sort.Slice(all, func(a, b int) bool { return len(all[a].lines) > len(all[b].lines) })
	for _, rp := range all {
		fmt.Println(rp.name, rp.lines)
	}
	again, _ := reps[0].Await()
	fmt.Println(again == all[2])
}

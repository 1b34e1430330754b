// Errors and generics: a generic error type NotFound[K] matched with
// errors.As (target *NotFound[string] vs *NotFound[int]), wrapping with
// %w through generic helpers, a Must[T] that panics, a Retry[T] loop
// with defer/recover per attempt, and errors collected from goroutines
// into a generic Group[T] (sorted before printing).
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type NotFound[K comparable] struct {
	Key K
}

func (e *NotFound[K]) Error() string { return fmt.Sprintf("key %v not found", e.Key) }

type Store[K comparable, V any] struct {
	data map[K]V
	name string
}

func (s *Store[K, V]) Get(k K) (V, error) {
	v, ok := s.data[k]
	if !ok {
		return v, fmt.Errorf("%s: %w", s.name, &NotFound[K]{k})
	}
	return v, nil
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Retry[T any](attempts int, f func(int) T) (res T, log []string) {
	for i := 1; i <= attempts; i++ {
		ok := func() (ok bool) {
			defer func() {
				if r := recover(); r != nil {
					log = append(log, fmt.Sprintf("attempt %d: %v", i, r))
					ok = false
				}
			}()
			res = f(i)
			return true
		}()
		if ok {
			log = append(log, fmt.Sprintf("attempt %d: ok", i))
			return res, log
		}
	}
	var zero T
	return zero, append(log, "gave up")
}

type Group[T any] struct {
	mu   sync.Mutex
	wg   sync.WaitGroup
	res  []T
	errs []error
}

func (g *Group[T]) Go(f func() (T, error)) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		v, err := f()
		g.mu.Lock()
		defer g.mu.Unlock()
		if err != nil {
			g.errs = append(g.errs, err)
			return
		}
		g.res = append(g.res, v)
	}()
}

func (g *Group[T]) Wait() ([]T, []error) {
	g.wg.Wait()
	return g.res, g.errs
}

func main() {
	users := &Store[string, int]{map[string]int{"ann": 1}, "users"}
	ports := &Store[int, string]{map[int]string{80: "http"}, "ports"}

	_, err := users.Get("bob")
	fmt.Println(err)
	var nfs *NotFound[string]
	var nfi *NotFound[int]
	fmt.Println(errors.As(err, &nfs), errors.As(err, &nfi))
	if nfs != nil {
		fmt.Println("missing user:", nfs.Key)
	}
	_, err = ports.Get(443)
	fmt.Println(err, errors.As(err, &nfi), nfi.Key)
	fmt.Println(errors.Unwrap(err) == error(nfi))

	fmt.Println(Must(users.Get("ann")), Must(strconv.Atoi("12")))
	func() {
		defer func() {
			r := recover()
			err, _ := r.(error)
			var target *NotFound[int]
			fmt.Println("recovered:", r, errors.As(err, &target))
		}()
		Must(ports.Get(22))
	}()

	v, log := Retry(5, func(i int) string {
		if i < 3 {
			panic("flaky " + strconv.Itoa(i))
		}
		return "done at " + strconv.Itoa(i)
	})
	fmt.Println(v, log)
	n, log := Retry(2, func(i int) int { return []int{}[i] })
	fmt.Println(n, log)

	var g Group[int]
	for i := 0; i < 6; i++ {
		i := i
		g.Go(func() (int, error) {
			if i%3 == 0 {
				return 0, &NotFound[int]{i}
			}
			return i * i, nil
		})
	}
	res, errs := g.Wait()
	sort.Ints(res)
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	sort.Strings(msgs)
	fmt.Println(res, msgs)
	fmt.Printf("%T %T\n", errs[0], &g)
}

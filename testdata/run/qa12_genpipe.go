// Generic concurrency helpers: a typed worker pool, a generic pipeline of
// channel stages, a mutex-guarded generic counter embedding sync.Mutex,
// and a generic Result type with errors.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("ok(%v)", r.Val)
}

func Try[T any](f func() (T, error)) (r Result[T]) {
	defer func() {
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("panic: %v", p)
		}
	}()
	v, err := f()
	return Result[T]{v, err}
}

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func Stage[In, Out any](in <-chan In, workers int, f func(In) Out) <-chan Out {
	out := make(chan Out)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				out <- f(v)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

type Counter[K comparable] struct {
	sync.Mutex
	m map[K]int
}

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{m: make(map[K]int)} }

func (c *Counter[K]) Inc(k K) {
	c.Lock()
	defer c.Unlock()
	c.m[k]++
}

func (c *Counter[K]) Snapshot() map[K]int {
	c.Lock()
	defer c.Unlock()
	cp := make(map[K]int, len(c.m))
	for k, v := range c.m {
		cp[k] = v
	}
	return cp
}

type parsed struct {
	in  string
	n   int
	err error
}

var errEmpty = errors.New("empty input")

func parse(s string) parsed {
	if s == "" {
		return parsed{s, 0, errEmpty}
	}
	n, err := strconv.Atoi(strings.TrimSpace(s))
	return parsed{s, n, err}
}

func main() {
	inputs := []string{"1", " 22", "x", "", "333", "-4", "5e", "66"}
	results := Collect(Stage(Generate(inputs...), 3, parse))
	sort.Slice(results, func(i, j int) bool { return results[i].in < results[j].in })
	cnt := NewCounter[string]()
	sum := 0
	for _, r := range results {
		switch {
		case r.err == nil:
			cnt.Inc("ok")
			sum += r.n
		case errors.Is(r.err, errEmpty):
			cnt.Inc("empty")
		default:
			cnt.Inc("bad")
		}
	}
	snap := cnt.Snapshot()
	fmt.Println("sum", sum, "ok", snap["ok"], "bad", snap["bad"], "empty", snap["empty"])

	squares := Collect(Stage(Stage(Generate(1, 2, 3, 4, 5), 2, func(x int) int { return x * x }), 2,
		func(x int) string { return strconv.Itoa(x) }))
	sort.Strings(squares)
	fmt.Println(squares)

	rs := []fmt.Stringer{
		Try(func() (int, error) { return strconv.Atoi("42") }),
		Try(func() (int, error) { return strconv.Atoi("forty") }),
		Try(func() (float64, error) { var m map[string]float64; m["x"] = 1; return 0, nil }),
		Try(func() ([]string, error) { return strings.Fields("a b"), nil }),
		Try(func() (string, error) { var a []string; return a[3], nil }),
	}
	for _, r := range rs {
		fmt.Println(r)
	}
	ids := NewCounter[[2]int]()
	for i := 0; i < 10; i++ {
		ids.Inc([2]int{i % 2, i % 3})
	}
	fmt.Println(len(ids.Snapshot()), ids.Snapshot()[[2]int{0, 0}])
}

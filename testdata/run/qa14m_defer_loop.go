// defer inside loops: deferred closures piling up until the function
// returns, the per-iteration func wrapper that releases early, and defers
// that modify named results.
package main

import (
	"errors"
	"fmt"
)

type resource struct {
	name   string
	closed bool
}

var opened, closed int

func open(name string) (*resource, error) {
	if name == "" {
		return nil, errors.New("empty name")
	}
	opened++
	return &resource{name: name}, nil
}

func (r *resource) Close() error {
	if r.closed {
		return fmt.Errorf("%s: already closed", r.name)
	}
	r.closed = true
	closed++
	return nil
}

// all defers run at the end: the peak is every resource at once
func processAll(names []string) (peak int, err error) {
	for _, n := range names {
		r, e := open(n)
		if e != nil {
			return peak, e
		}
		defer r.Close()
		if live := opened - closed; live > peak {
			peak = live
		}
	}
	return peak, nil
}

// one function call per iteration: each resource is closed before the next opens
func processEach(names []string) (peak int, err error) {
	for _, n := range names {
		err = func() error {
			r, e := open(n)
			if e != nil {
				return e
			}
			defer r.Close()
			if live := opened - closed; live > peak {
				peak = live
			}
			return nil
		}()
		if err != nil {
			return
		}
	}
	return
}

func sumWithRecover(xs []int) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			total = -total
		}
	}()
	for i := range xs {
		defer func(i int) { total += xs[i] }(i)
	}
	_ = xs[len(xs)] // always panics after the loop
	return 0, nil
}

func main() {
	names := []string{"a", "b", "c", "d"}
	p, err := processAll(names)
	fmt.Println("all:", p, err, opened, closed)
	opened, closed = 0, 0
	p, err = processEach(names)
	fmt.Println("each:", p, err, opened, closed)
	p, err = processEach([]string{"x", "", "y"})
	fmt.Println("each err:", p, err, opened, closed)
	t, err := sumWithRecover([]int{1, 2, 3, 4})
	fmt.Println(t, err)
	r, _ := open("z")
	r.Close()
	fmt.Println(r.Close())
	for i := 0; i < 3; i++ {
		defer fmt.Println("main defer", i)
	}
}

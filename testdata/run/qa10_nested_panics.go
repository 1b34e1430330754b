// Panics while panicking and recovered-then-repanicked values: the last
// panic is not recovered, so the program exits with Go's panic report.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Resource struct {
	name   string
	closed bool
}

func (r *Resource) Close() error {
	if r.closed {
		return errors.New(r.name + " already closed")
	}
	r.closed = true
	fmt.Println("closed", r.name)
	return nil
}

func withResources(names ...string) (err error) {
	var rs []*Resource
	defer func() {
		for i := len(rs) - 1; i >= 0; i-- {
			if cerr := rs[i].Close(); cerr != nil && err == nil {
				err = cerr
			}
		}
	}()
	for _, n := range names {
		if n == "" {
			panic("empty resource name")
		}
		rs = append(rs, &Resource{name: n})
	}
	rs[0].Close()
	return nil
}

func catch(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	return f()
}

func main() {
	fmt.Println(catch(func() error { return withResources("a", "b") }))
	fmt.Println(catch(func() error { return withResources("x", "", "y") }))
	fmt.Fprintln(os.Stderr, "about to fail")
	defer fmt.Println("deferred in main runs")
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		panic(fmt.Sprintf("re-panic of %v", r))
	}()
	defer func() {
		panic("second panic")
	}()
	panic(errors.New("first panic"))
}

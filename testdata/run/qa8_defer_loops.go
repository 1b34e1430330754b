// defer inside loops: every deferred call waits for the function to return,
// arguments are evaluated at the defer statement, closures see final values;
// wrapping the loop body in a function releases each iteration's resource.
package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	name   string
	closed bool
}

var log []string

func open(name string) *Resource {
	log = append(log, "open "+name)
	return &Resource{name: name}
}

func (r *Resource) Close() error {
	if r.closed {
		return errors.New("double close " + r.name)
	}
	r.closed = true
	log = append(log, "close "+r.name)
	return nil
}

func allAtEnd(names []string) {
	for _, n := range names {
		r := open(n)
		defer r.Close()
	}
	log = append(log, "body done")
}

func perIteration(names []string) {
	for _, n := range names {
		func() {
			r := open(n)
			defer r.Close()
			log = append(log, "use "+r.name)
		}()
	}
}

func argsVsClosure() (out []int) {
	for i := 0; i < 3; i++ {
		defer func(v int) { out = append(out, v) }(i)
	}
	x := 10
	defer func() { out = append(out, x) }()
	x = 20
	return nil
}

func recoverCount(n int) (recovered int) {
	for i := 0; i < n; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					recovered++
				}
			}()
			if i%2 == 0 {
				panic(fmt.Sprintf("iteration %d", i))
			}
		}()
	}
	return
}

func flush() {
	for _, l := range log {
		fmt.Println(l)
	}
	log = log[:0]
	fmt.Println("--")
}

func main() {
	allAtEnd([]string{"a", "b", "c"})
	flush()
	perIteration([]string{"x", "y"})
	flush()
	fmt.Println(argsVsClosure())
	fmt.Println("recovered", recoverCount(5))
	r := open("z")
	defer func() {
		fmt.Println(r.Close())
		fmt.Println(r.Close())
	}()
	flush()
}

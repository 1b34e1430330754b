// Closures created in loops: captured loop variables, accumulators and
// deferred cleanups, and which captures are by value or by reference.
package main

import (
	"fmt"
	"strconv"
)

type task struct {
	id   int
	name string
}

func makeAdders(n int) []func(int) int {
	var fs []func(int) int
	for i := 0; i < n; i++ {
		k := i
		fs = append(fs, func(x int) int { return x + k })
	}
	return fs
}

func runAll(fs []func(int) int, x int) int {
	total := 0
	for _, f := range fs {
		total += f(x)
	}
	return total
}

func counterPair() (func(), func() int) {
	n := 0
	return func() { n++ }, func() int { return n }
}

func forEach(ts []task, f func(t *task)) {
	for i := range ts {
		f(&ts[i])
	}
}

func process(ts []task) []string {
	var out []string
	forEach(ts, func(t *task) {
		out = append(out, strconv.Itoa(t.id)+":"+t.name)
	})
	return out
}

func withCleanup(names []string) (log []string) {
	for _, n := range names {
		name := n
		defer func() {
			log = append(log, "closed "+name)
		}()
	}
	log = append(log, "opened all")
	return log
}

func sumSquares(xs []int) int {
	sum := 0
	square := func(v int) int { return v * v }
	for _, x := range xs {
		sum += square(x)
	}
	return sum
}

func filter(xs []int, keep func(int) bool) []int {
	res := xs[:0]
	for _, x := range xs {
		if keep(x) {
			res = append(res, x)
		}
	}
	return res
}

func main() {
	adders := makeAdders(4)
	fmt.Println(runAll(adders, 10))

	inc, get := counterPair()
	for i := 0; i < 5; i++ {
		inc()
	}
	fmt.Println(get())

	ts := []task{{1, "build"}, {2, "test"}, {3, "ship"}}
	fmt.Println(process(ts))

	fmt.Println(withCleanup([]string{"a", "b"}))
	fmt.Println(sumSquares([]int{1, 2, 3, 4}))

	limit := 3
	evens := filter([]int{1, 2, 3, 4, 5, 6}, func(v int) bool { return v%2 == 0 && v > limit-2 })
	fmt.Println(evens)

	var printers []func()
	for _, t := range ts {
		t := t
		printers = append(printers, func() { fmt.Println(t.id, t.name) })
	}
	for _, p := range printers {
		p()
	}

	total := 0
	func() {
		for i := 1; i <= 10; i++ {
			total += i
		}
	}()
	fmt.Println(total)
}

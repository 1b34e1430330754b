// Closures as iterators and generators, the pre-generics way: a func()
// (T, bool) "next" protocol, adapters (map, filter, take, zip, chain),
// stateful generators, and a few puzzles about what closures capture.
package main

import (
	"fmt"
	"strings"
)

type IntIter func() (int, bool)

func FromSlice(xs []int) IntIter {
	i := 0
	return func() (int, bool) {
		if i >= len(xs) {
			return 0, false
		}
		v := xs[i]
		i++
		return v, true
	}
}

func Range(lo, hi, step int) IntIter {
	cur := lo
	return func() (int, bool) {
		if (step > 0 && cur >= hi) || (step < 0 && cur <= hi) {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func (it IntIter) Map(f func(int) int) IntIter {
	return func() (int, bool) {
		v, ok := it()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func (it IntIter) Filter(pred func(int) bool) IntIter {
	return func() (int, bool) {
		for {
			v, ok := it()
			if !ok {
				return 0, false
			}
			if pred(v) {
				return v, true
			}
		}
	}
}

func (it IntIter) Take(n int) IntIter {
	return func() (int, bool) {
		if n <= 0 {
			return 0, false
		}
		n--
		return it()
	}
}

func Chain(its ...IntIter) IntIter {
	return func() (int, bool) {
		for len(its) > 0 {
			if v, ok := its[0](); ok {
				return v, true
			}
			its = its[1:]
		}
		return 0, false
	}
}

func (it IntIter) Collect() []int {
	var out []int
	for v, ok := it(); ok; v, ok = it() {
		out = append(out, v)
	}
	return out
}

func (it IntIter) Reduce(init int, f func(acc, v int) int) int {
	acc := init
	for v, ok := it(); ok; v, ok = it() {
		acc = f(acc, v)
	}
	return acc
}

func Fib() IntIter {
	a, b := 0, 1
	return func() (int, bool) {
		v := a
		a, b = b, a+b
		return v, true
	}
}

func Primes() IntIter {
	var found []int
	n := 1
	return func() (int, bool) {
	next:
		for {
			n++
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					continue next
				}
			}
			found = append(found, n)
			return n, true
		}
	}
}

type Pair struct{ A, B int }

func Zip(a, b IntIter) func() (Pair, bool) {
	return func() (Pair, bool) {
		x, ok1 := a()
		y, ok2 := b()
		if !ok1 || !ok2 {
			return Pair{}, false
		}
		return Pair{x, y}, true
	}
}

func WordsOf(s string) func() (string, bool) {
	fields := strings.Fields(s)
	return func() (w string, ok bool) {
		if len(fields) == 0 {
			return
		}
		w, fields = fields[0], fields[1:]
		return w, true
	}
}

func counter() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

func main() {
	fmt.Println(FromSlice([]int{1, 2, 3, 4, 5, 6}).Filter(func(v int) bool { return v%2 == 0 }).Map(func(v int) int { return v * v }).Collect())
	fmt.Println(Range(10, 0, -3).Collect(), Range(0, 10, 4).Collect(), Range(0, 0, 1).Collect() == nil)
	fmt.Println(Fib().Take(15).Collect())
	fmt.Println(Primes().Take(20).Collect())
	fmt.Println(Primes().Filter(func(p int) bool { return p%10 == 3 }).Take(8).Collect())
	sum := Range(1, 101, 1).Reduce(0, func(a, v int) int { return a + v })
	prod := Range(1, 11, 1).Reduce(1, func(a, v int) int { return a * v })
	fmt.Println("sum", sum, "10!", prod)
	fmt.Println(Chain(FromSlice([]int{1, 2}), Range(5, 8, 1), FromSlice(nil), Fib().Take(3)).Collect())

	z := Zip(Fib(), Primes())
	for p, ok := z(); ok && p.A < 100; p, ok = z() {
		fmt.Printf("%v ", p)
	}
	fmt.Println()

	next := WordsOf("  the quick  brown fox ")
	var caps []string
	for w, ok := next(); ok; w, ok = next() {
		caps = append(caps, strings.ToUpper(w[:1])+w[1:])
	}
	fmt.Println(strings.Join(caps, "-"), len(caps))

	inc, get, reset := counter()
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	reset()
	fmt.Println(get())

	// Capture semantics: each closure gets its own i (per-iteration copy made
	// explicit), while acc is shared.
	var fs []func() int
	acc := 0
	for i := 0; i < 4; i++ {
		i := i
		fs = append(fs, func() int { acc += i; return acc * 10 + i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(acc)

	// Without the copy, all share the loop variable (Go 1.19 semantics).
	var gs []func() int
	for i := 0; i < 3; i++ {
		gs = append(gs, func() int { return i })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	memo := map[int]int{}
	var fibm func(int) int
	fibm = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fibm(n-1) + fibm(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fibm(80), len(memo))
	compose := func(fs ...func(int) int) func(int) int {
		return func(x int) int {
			for i := len(fs) - 1; i >= 0; i-- {
				x = fs[i](x)
			}
			return x
		}
	}
	double := func(x int) int { return 2 * x }
	plus3 := func(x int) int { return x + 3 }
	fmt.Println(compose(double, plus3)(5), compose(plus3, double)(5), compose()(7))
}

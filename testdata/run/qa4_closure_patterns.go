// Closures as a tutorial shows them: counters and generators with private
// state, the Go 1.19 loop-variable capture trap and its two fixes,
// middleware chains, memoisation, deferred closures reading final values,
// method values vs method expressions, and recursion through a variable.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func counter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		v := n
		n += step
		return v
	}
	reset = func() { n = start }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type handler func(string) string

func logging(prefix string, log *[]string) func(handler) handler {
	return func(next handler) handler {
		return func(s string) string {
			*log = append(*log, prefix+" in:"+s)
			out := next(s)
			*log = append(*log, prefix+" out:"+out)
			return out
		}
	}
}

func chain(h handler, mws ...func(handler) handler) handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

type account struct {
	owner   string
	balance int
}

func (a *account) deposit(n int) { a.balance += n }
func (a account) describe() string { return fmt.Sprintf("%s:%d", a.owner, a.balance) }

func main() {
	next, reset := counter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter(0, 1)
	fmt.Println(other(), other(), next())

	fib := fibGen()
	var fs []int
	for i := 0; i < 12; i++ {
		fs = append(fs, fib())
	}
	fmt.Println(fs)

	// Go 1.19: one variable per loop, shared by every closure.
	var shared []func() int
	for i := 0; i < 3; i++ {
		shared = append(shared, func() int { return i })
	}
	var copied []func() int
	for i := 0; i < 3; i++ {
		i := i
		copied = append(copied, func() int { return i })
	}
	var param []func() int
	for i := 0; i < 3; i++ {
		param = append(param, func(v int) func() int { return func() int { return v } }(i))
	}
	for k := 0; k < 3; k++ {
		fmt.Print(shared[k](), copied[k](), param[k](), " ")
	}
	fmt.Println()
	words := []string{"x", "y", "z"}
	var got []string
	done := make(chan bool)
	for _, w := range words {
		w := w
		go func() {
			got = append(got, w)
			done <- true
		}()
		<-done
	}
	fmt.Println(got)

	var log []string
	h := chain(strings.ToUpper, logging("A", &log), logging("B", &log), func(next handler) handler {
		return func(s string) string { return next(strings.TrimSpace(s)) + "!" }
	})
	fmt.Println(h("  hello  "))
	fmt.Println(strings.Join(log, " | "))

	var slowFib func(int) int
	calls := 0
	slowFib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return slowFib(n-1) + slowFib(n-2)
	}
	fmt.Println(slowFib(20), calls)
	fastFib, misses := memo(nil)
	var inner func(int) int
	inner = func(n int) int {
		if n < 2 {
			return n
		}
		return fastFib(n-1) + fastFib(n-2)
	}
	fastFib, misses = memo(inner)
	fmt.Println(fastFib(80), *misses, fastFib(80), *misses)

	x := 1
	defer func() { fmt.Println("deferred closure sees x =", x) }()
	defer fmt.Println("deferred call saw x =", x)
	x = 99

	acc := &account{"ann", 10}
	dep := acc.deposit
	desc := acc.describe
	dep(5)
	fmt.Println(acc.balance, desc(), acc.describe())
	depositExpr := (*account).deposit
	describeExpr := account.describe
	depositExpr(acc, 100)
	fmt.Println(describeExpr(*acc))
	fns := map[string]func(int) int{
		"double": func(n int) int { return n * 2 },
		"square": func(n int) int { return n * n },
		"negate": func(n int) int { return -n },
	}
	names := make([]string, 0, len(fns))
	for k := range fns {
		names = append(names, k)
	}
	sort.Strings(names)
	v := 3
	for _, n := range names {
		v = fns[n](v)
		fmt.Print(n, "->", v, " ")
	}
	fmt.Println()

	compose := func(fs ...func(int) int) func(int) int {
		return func(n int) int {
			for _, f := range fs {
				n = f(n)
			}
			return n
		}
	}
	pipeline := compose(fns["square"], fns["double"], fns["negate"])
	fmt.Println(pipeline(4), compose()(4))

	adders := make([]func(int) int, 0, 3)
	for _, d := range []int{1, 10, 100} {
		d := d
		adders = append(adders, func(n int) int { return n + d })
	}
	total := 0
	for _, a := range adders {
		total = a(total)
	}
	fmt.Println(total)
}

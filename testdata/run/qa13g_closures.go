package main

import (
	"fmt"
	"strings"
)

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counter() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

type iterator func() (string, bool)

func words(s string) iterator {
	fs := strings.Fields(s)
	i := 0
	return func() (string, bool) {
		if i >= len(fs) {
			return "", false
		}
		i++
		return fs[i-1], true
	}
}

func filterIt(it iterator, keep func(string) bool) iterator {
	return func() (string, bool) {
		for {
			w, ok := it()
			if !ok {
				return "", false
			}
			if keep(w) {
				return w, true
			}
		}
	}
}

func namedDefer() (result int, msg string) {
	defer func() {
		result *= 2
		msg += " (doubled)"
	}()
	result = 21
	msg = "answer"
	return result, msg
}

func deferArgs() {
	x := 1
	defer fmt.Println("defer arg evaluated early:", x)
	defer func() { fmt.Println("closure sees late:", x) }()
	x = 42
}

func chanGen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func main() {
	f := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	inc, get, reset := counter()
	inc()
	inc()
	fmt.Println(get(), inc())
	reset()
	fmt.Println(get())
	add := func(n int) func(int) int { return func(x int) int { return x + n } }
	mul := func(n int) func(int) int { return func(x int) int { return x * n } }
	h := compose(add(1), mul(10), add(2))
	fmt.Println(h(3), compose()(7))
	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
	it := filterIt(words("the cat sat on a mat by the door"), func(w string) bool { return len(w) == 3 })
	for w, ok := it(); ok; w, ok = it() {
		fmt.Print(w, ",")
	}
	fmt.Println()
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	funcs = funcs[:0]
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	fmt.Println(namedDefer())
	deferArgs()
	sum := 0
	for v := range chanGen(6) {
		sum += v
	}
	fmt.Println("sum of squares:", sum)
	acc := func() func(string) string {
		var parts []string
		return func(s string) string {
			parts = append(parts, s)
			return strings.Join(parts, "+")
		}
	}()
	acc("a")
	acc("b")
	fmt.Println(acc("c"))
	x := 5
	p := &x
	func() {
		x++
		*p *= 2
	}()
	fmt.Println(x)
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	for _, op := range []string{"+", "-", "*", "/"} {
		fmt.Print(ops[op](7, 2), " ")
	}
	fmt.Println()
	fmt.Println(func(xs ...int) int { return len(xs) }(1, 2, 3))
}

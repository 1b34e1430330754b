package main

import (
	"errors"
	"fmt"
)

func counterGen() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func deferOrder() (out []string) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, fmt.Sprint("closure i=", i)) }()
		defer func(n int) { out = append(out, fmt.Sprint("arg n=", n)) }(i)
	}
	x := 10
	defer fmt.Println("deferred Println sees x =", x)
	x = 20
	return []string{"start"}
}

func namedResult() (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return 5, errors.New("oops")
}

func recoverRepanic() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("outer recovered: ", r)
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	panic("first")
}

func recoverInNested() string {
	defer func() {
		func() {
			// recover only works when called directly by the deferred function
			fmt.Println("nested recover:", recover())
		}()
	}()
	defer func() {
		fmt.Println("direct recover:", recover())
	}()
	panic("nested-case")
}

func deferLoopResource() {
	for i := 0; i < 3; i++ {
		func() {
			fmt.Println("open", i)
			defer fmt.Println("close", i)
			if i == 1 {
				return
			}
			fmt.Println("use", i)
		}()
	}
}

type Acc struct{ total int }

func (a *Acc) Add(n int) *Acc { a.total += n; return a }
func (a Acc) Show(label string) { fmt.Println(label, a.total) }

func main() {
	next, reset := counterGen()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, v := range []int{7, 8} {
		v := v
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(deferOrder())
	fmt.Println(namedResult())
	fmt.Println(recoverRepanic())
	fmt.Println(recoverInNested())
	deferLoopResource()
	a := &Acc{}
	defer a.Add(1).Add(2).Show("deferred show (value bound early):")
	a.Add(100)
	fmt.Println("recover outside panic:", recover())
	fib := func() func() int {
		a, b := 0, 1
		return func() int { r := a; a, b = b, a+b; return r }
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	var compose func(fs ...func(int) int) func(int) int
	compose = func(fs ...func(int) int) func(int) int {
		if len(fs) == 0 {
			return func(x int) int { return x }
		}
		rest := compose(fs[1:]...)
		return func(x int) int { return rest(fs[0](x)) }
	}
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl, inc)(5), compose()(9))
}

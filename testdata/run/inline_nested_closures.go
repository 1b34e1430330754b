package main

import "fmt"

// Function literals inside an inlined body are copied into the caller and
// named after it in the order gc typechecks the copies: a nested literal
// before the one holding it (main.func1, main.func2, ...).

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func twice() int {
	return func() int {
		return func() int {
			return 21
		}() * 2
	}()
}

func apply[T any](v T) T {
	return func() T {
		return func() T { return v }()
	}()
}

func check() {
	var _ Shape = Rect{1, 2} // a blank variable still converts its value
	var _ fmt.Stringer = nil
	var s Shape = Rect{3, 4}
	fmt.Println(s.Area())
}

func main() {
	fmt.Println(twice(), apply(7), apply("x"))
	check()
	add := func(a int) func(int) int {
		return func(b int) int { return a + b }
	}
	fmt.Println(add(1)(2))
}

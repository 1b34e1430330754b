// errorcheck -0 -m -l

// Closures: capture by value and by reference, escaping closures.
package p

var fsink func() int

func ByValue() int {
	x := 1
	f := func() int { return x } // ERROR "^func literal does not escape$"
	return f()
}

func ByRef() int {
	x := 1
	f := func() { x++ } // ERROR "^func literal does not escape$"
	f()
	return x
}

func Escaping() {
	x := 1
	fsink = func() int { return x } // ERROR "^func literal escapes to heap$"
}

func EscapingRef() {
	x := 1 // ERROR "^moved to heap: x$"
	fsink = func() int { x++; return x } // ERROR "^func literal escapes to heap$"
}

func Counter() func() int {
	n := 0 // ERROR "^moved to heap: n$"
	return func() int { // ERROR "^func literal escapes to heap$"
		n++
		return n
	}
}

func Adder(base int) func(int) int {
	return func(d int) int { return base + d } // ERROR "^func literal escapes to heap$"
}

func Called() int {
	y := 2
	return func() int { return y * 2 }() // ERROR "^func literal does not escape$"
}

type Big struct{ a [200]byte }

func BigCapture() byte {
	var b Big
	f := func() byte { return b.a[0] } // ERROR "^func literal does not escape$"
	return f()
}

func Apply(f func(int) int, v int) int { return f(v) } // ERROR "^f does not escape$"

func PassClosure() int {
	k := 3
	return Apply(func(v int) int { return v * k }, 4) // ERROR "^func literal does not escape$"
}

func Nested() int {
	a := 1
	f := func() int { // ERROR "^func literal does not escape$"
		g := func() int { return a } // ERROR "^func literal does not escape$"
		return g()
	}
	return f()
}

func Loop() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ { // ERROR "^moved to heap: i$"
		fs = append(fs, func() int { return i }) // ERROR "^func literal escapes to heap$"
	}
	return fs
}

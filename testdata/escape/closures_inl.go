// errorcheck -0 -m

// Closures: capture by value and by reference, escaping closures.
package p

var fsink func() int

func ByValue() int { // ERROR "^can inline ByValue$"
	x := 1
	f := func() int { return x } // ERROR "^can inline ByValue\.func1$" "^func literal does not escape$"
	return f() // ERROR "^inlining call to ByValue\.func1$"
}

func ByRef() int { // ERROR "^can inline ByRef$"
	x := 1
	f := func() { x++ } // ERROR "^can inline ByRef\.func1$" "^func literal does not escape$"
	f() // ERROR "^inlining call to ByRef\.func1$"
	return x
}

func Escaping() { // ERROR "^can inline Escaping$"
	x := 1
	fsink = func() int { return x } // ERROR "^can inline Escaping\.func1$" "^func literal escapes to heap$"
}

func EscapingRef() { // ERROR "^can inline EscapingRef$"
	x := 1 // ERROR "^moved to heap: x$"
	fsink = func() int { x++; return x } // ERROR "^can inline EscapingRef\.func1$" "^func literal escapes to heap$"
}

func Counter() func() int { // ERROR "^can inline Counter$"
	n := 0 // ERROR "^moved to heap: n$"
	return func() int { // ERROR "^can inline Counter\.func1$" "^func literal escapes to heap$"
		n++
		return n
	}
}

func Adder(base int) func(int) int { // ERROR "^can inline Adder$"
	return func(d int) int { return base + d } // ERROR "^can inline Adder\.func1$" "^func literal escapes to heap$"
}

func Called() int { // ERROR "^can inline Called$"
	y := 2
	return func() int { return y * 2 }() // ERROR "^can inline Called\.func1$" "^inlining call to Called\.func1$"
}

type Big struct{ a [200]byte }

func BigCapture() byte { // ERROR "^can inline BigCapture$"
	var b Big
	f := func() byte { return b.a[0] } // ERROR "^can inline BigCapture\.func1$" "^func literal does not escape$"
	return f() // ERROR "^inlining call to BigCapture\.func1$"
}

func Apply(f func(int) int, v int) int { return f(v) } // ERROR "^can inline Apply$" "^f does not escape$"

func PassClosure() int {
	k := 3
	return Apply(func(v int) int { return v * k }, 4) // ERROR "^inlining call to Apply$" "^can inline PassClosure\.func1$" "^inlining call to PassClosure\.func1$" "^func literal does not escape$"
}

func Nested() int {
	a := 1
	f := func() int { // ERROR "^can inline Nested\.func1$" "^func literal does not escape$"
		g := func() int { return a } // ERROR "^can inline Nested\.func1\.1$" "^func literal does not escape$"
		return g() // ERROR "^inlining call to Nested\.func1\.1$"
	}
	return f() // ERROR "^inlining call to Nested\.func1$" "^func literal does not escape$"
}

func Loop() []func() int { // ERROR "^can inline Loop$"
	var fs []func() int
	for i := 0; i < 3; i++ { // ERROR "^moved to heap: i$"
		fs = append(fs, func() int { return i }) // ERROR "^can inline Loop\.func1$" "^func literal escapes to heap$"
	}
	return fs
}

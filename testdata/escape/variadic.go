// errorcheck -0 -m -l

// Variadic calls and the implicit ... argument.
package p

var sink interface{}

func sum(xs ...int) int { // ERROR "^xs does not escape$"
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func keepAll(xs ...*int) { sink = xs } // ERROR "^leaking param: xs$" "^xs escapes to heap$"

func first(xs ...interface{}) interface{} { return xs[0] } // ERROR "^leaking param: xs to result ~r0 level=1$"

func Sum() int { return sum(1, 2, 3) } // ERROR "^\.\.\. argument does not escape$"

func SumSlice(s []int) int { return sum(s...) } // ERROR "^s does not escape$"

func Keep() {
	a, b := 1, 2 // ERROR "^moved to heap: a$" "^moved to heap: b$"
	keepAll(&a, &b) // ERROR "^\.\.\. argument escapes to heap$"
}

func First(x int) interface{} { return first(x, "s") } // ERROR "^\.\.\. argument does not escape$" "^x escapes to heap$" "^.s. escapes to heap$"

func NoArgs() int { return sum() }

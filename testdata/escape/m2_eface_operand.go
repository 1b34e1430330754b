// errorcheck -0 -m

// A type parameter's value converted to an interface through the
// dictionary is gc's EFACE node, which has no format and no precedence:
// as the operand of an assertion -m=2 prints it in parentheses,
// (<node EFACE>).(interface { M() int }).
package p

type T struct{ n int }

func (t T) M() int { return t.n } // ERROR "can inline T.M"

func Call[X any](x X) int { // ERROR "can inline Call\[go.shape.struct { .*n int }_0\]" "can inline Call\[go.shape.int_0\]"
	if m, ok := any(x).(interface{ M() int }); ok { // ERROR "unsafe.Pointer\(x\) escapes to heap"
		return m.M()
	}
	return 0
}

func Use() int {
	return Call(T{2}) + Call(3)
}

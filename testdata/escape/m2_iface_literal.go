// errorcheck -0 -m

// A named interface converted to an unnamed one: gc writes the unnamed
// interface's descriptor, whose I.M wrappers -m=2 explains (convI2I).
package p

type Shape interface{ Area() float64 }

func NonEmpty(s Shape) interface{ Area() float64 } { // ERROR "can inline NonEmpty" "leaking param: s to result ~r0 level=0"
	return s
}

func AsErr(err error) interface{ Error() string } { // ERROR "can inline AsErr" "leaking param: err to result ~r0 level=0"
	var se interface{ Error() string } = err
	return se
}

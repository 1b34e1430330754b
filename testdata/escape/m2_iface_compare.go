// errorcheck -0 -m

// Conversions gc's Assignop spells as no-ops, which the -m=2 comparison
// (tests/differential.sh) checks: a defined empty interface (`type Value
// interface{}`) meeting interface{} is an OCONVNOP (no "interface-converted"
// flow); == and != between operands of
// different types convert the left operand to the right's type (else the
// right to the left's) when both are interfaces or both are not, and -m
// prints that conversion (`Value(e) == v`).
package p

type Value interface{}

type Point struct{ X, Y int }

var sink interface{}

func Arg(v Value) { // ERROR "^can inline Arg$" "^leaking param: v$"
	sink = v
}

func Ret(v Value) interface{} { return v } // ERROR "^can inline Ret$" "^leaking param: v to result ~r0 level=0$"

func Explicit(e interface{}) Value { return Value(e) } // ERROR "^can inline Explicit$" "^leaking param: e to result ~r0 level=0$"

func Switch(v Value) { // ERROR "^can inline Switch$" "^leaking param: v$"
	switch x := v.(type) {
	case int:
		sink = x // ERROR "^x escapes to heap$"
	default:
		sink = x
	}
}

func CmpIfaces(e interface{}, v Value) { // ERROR "^can inline CmpIfaces$" "^e does not escape$" "^v does not escape$"
	sink = e == v // ERROR "^Value\(e\) == v escapes to heap$"
	sink = v != e // ERROR "^\(interface \{\}\)\(v\) != e escapes to heap$"
}

func CmpStructs(p Point, q struct{ X, Y int }) { // ERROR "^can inline CmpStructs$"
	sink = p == q // ERROR "^\(struct \{ X int; Y int \}\)\(p\) == q escapes to heap$"
	sink = q != p // ERROR "^Point\(q\) != p escapes to heap$"
}

func CmpChans(c chan int, r <-chan int) { // ERROR "^can inline CmpChans$" "^c does not escape$" "^r does not escape$"
	sink = c == r // ERROR "^\(<-chan int\)\(c\) == r escapes to heap$"
}

func CmpMixed(p Point, e interface{}) { // ERROR "^can inline CmpMixed$" "^e does not escape$"
	sink = p == e // ERROR "^p == e escapes to heap$"
}

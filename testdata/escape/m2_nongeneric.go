// errorcheck -0 -m

// -m=2 of non-generic code (tests/differential.sh compares the whole
// -m=2 and -m -m output with go's): local constant declarations stay in
// an inlinable body as one <node DCLCONST> per name and cost nothing.
package p

func ConstExpr() (int, int) { // ERROR "^can inline ConstExpr$"
	const n = 4 * 8
	const a, b = 1, 2
	const (
		c = iota
		d
	)
	x := make([]byte, n) // ERROR "^make\(\[\]byte, n\) does not escape$"
	return len(x) + a + b, c + d
}

func ConstOnly() int { // ERROR "^can inline ConstOnly$"
	const k = 7
	return k
}

func UseConst() int { // ERROR "^can inline UseConst$"
	a, b := ConstExpr() // ERROR "^inlining call to ConstExpr$" "^make\(\[\]byte, n\) does not escape$"
	return a + b + ConstOnly() // ERROR "^inlining call to ConstOnly$"
}

// Unnamed parameters of an interface's methods: the wrapper gc generates
// for each method declares them at the start of the parameter (the `func`
// of a function type, not its '(').
type Doer interface {
	Do(func())
	Put(*int, func(int) int, ...*int)
	Paren((func()))
}

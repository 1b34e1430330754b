// errorcheck -0 -m

// Var declarations as gc lowers them, which the -m=2 comparison
// (tests/differential.sh) checks: every name of `var p, q = a, b` is
// assigned at the declaration (its first name), also inside a var ( ... )
// group, while a := assignment is at its operator; blank names are declared
// too (`var _ T`, 2 in the inline cost); `var a, b = f()` and the comma-ok
// forms print as assignments (=), not definitions.
package p

type T struct{ x int }

var g1, g2 *T

func VarPair() { // ERROR "^can inline VarPair$"
	var p, q = &T{1}, &T{2} // ERROR "&T{...} escapes to heap$"
	g1, g2 = p, q
}

func VarGroup() { // ERROR "^can inline VarGroup$"
	var (
		r, s *T = &T{3}, &T{4} // ERROR "&T{...} escapes to heap$"
	)
	g1, g2 = r, s
}

func VarBlank() { // ERROR "^can inline VarBlank$"
	var _, q = &T{5}, &T{6} // ERROR "&T{...} does not escape$" "&T{...} escapes to heap$"
	g2 = q
	var _ = 7
}

func Define() { // ERROR "^can inline Define$"
	a, b := &T{7}, &T{8} // ERROR "&T{...} escapes to heap$"
	g1, g2 = a, b
}

func two() (*T, error) { return g1, nil } // ERROR "^can inline two$"

func VarCall() error { // ERROR "^can inline VarCall$"
	var _, err = two() // ERROR "^inlining call to two$"
	var t, _ = two()   // ERROR "^inlining call to two$"
	g2 = t
	return err
}

func CommaOk(x interface{}, m map[string]*T, ch chan *T) (*T, bool) { // ERROR "^can inline CommaOk$" "^leaking param: x to result ~r0 level=0$" "^m does not escape$" "^ch does not escape$"
	var _, ok = x.(string)
	var n, _ = x.(*T)
	var _, ok2 = m["a"]
	var _, ok3 = <-ch
	return n, ok && ok2 && ok3
}

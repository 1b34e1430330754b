// errorcheck

// Constraint type inference (not escape analysis; an errorcheck file for
// the regexp on a message that holds an absolute path): a type parameter
// whose constraint is ~[]E alone is not inferred from it, only a single
// term without a tilde gives the type argument.
package main

func mk[E any, S ~[]E](e E) S { return S{e} }

func mk2[E any, S interface{ []E }](e E) S { return S{e} }

func main() {
	s := mk(1) // ERROR "^cannot infer S \(.*infer_tilde_core.go:9:16\)$"
	_ = s
	t := mk2(1)
	_ = t
}

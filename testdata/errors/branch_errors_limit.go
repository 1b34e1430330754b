package main

import "fmt"

// More than ten errors: gc's parser reports the misplaced break/continue,
// the undefined and unused labels (syntax.CheckBranches) before the type
// checker runs, so they are among the ten printed even at the end of the
// file, and the type errors after the tenth are dropped.

type T struct{ a int }

func typeErrors() {
	m := map[string]T{}
	m["x"].a = 5
	var p *T
	p.b = 3
	t := T{1, 2}
	u := T{b: 1}
	var i interface{} = t
	i.a = 3
	s := []int{1, 2}
	s.len()
	fmt.Println("x"+1, u)
	var f float64 = "s"
	const c = 10
	c = 20
	_ = f
}

func branches(n int) {
	if n > 0 {
		break
	}
	continue
unused:
	fmt.Println(n)
	goto missing
}

func main() {
	typeErrors()
	branches(1)
	func() {
	L:
		for {
		}
	}()
}

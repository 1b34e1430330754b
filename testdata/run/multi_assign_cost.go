// Inline costs with gc's multi-value call rewrite: the temporaries' declarations count (B58).
package main

func f() (int, string) { return 1, "a" }

var sink interface{}

func g1() {
	var x interface{}
	var s string
	x, s = f()
	sink, _ = x, s
}

func g2() {
	var x interface{}
	var s string
	var y interface{}
	x, s = f()
	y, s = f()
	sink, _ = x, s
	sink = y
}

func g3() {
	var p, q interface{} = f()
	sink, sink = p, q
}

func main() { g1(); g2(); g3() }

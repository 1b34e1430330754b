// x, s = f() into interface-typed variables: gc rewrites the call into temporaries (.autotmp_N) and converting assignments before escape analysis (B58).
package main

import "fmt"

func f() (int, string) { return 1, "a" }
func h() (int, string, int) { return 1, "a", 2 }

func main() {
	var x, y interface{}
	var s string
	s, x = func() (string, int) { return "a", 1 }()
	x, s = f()
	x, s, y = h()
	var a, b interface{}
	a, b = f()
	fmt.Println(x, y, s, a, b)
	var p, q interface{} = f()
	r, t := f()
	fmt.Println(p, q, r, t)
}

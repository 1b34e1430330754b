// append reads every value before it stores any: a value read from the
// slice's own backing array is not overwritten first (Go's fixedbugs
// bug428, issue 3369).
package main

import "fmt"

type pair struct{ a, b int }

func main() {
	s := make([]byte, 5, 6)
	copy(s, "12346")
	s = append(s[:len(s)-1], '5', s[len(s)-1])
	fmt.Println(string(s))

	t := []int{1, 2, 3, 4}
	t = append(t[:1], t[2], t[1], t[3])
	fmt.Println(t)

	u := []string{"a", "b", "c"}
	u = append(u[:0], u[2], u[1], u[0])
	fmt.Println(u)

	ps := make([]pair, 2, 4)
	ps[0], ps[1] = pair{1, 2}, pair{3, 4}
	ps = append(ps[:1], pair{5, 6}, ps[1])
	fmt.Println(ps)

	var is []interface{}
	is = append(is, 1, 2, 3)
	is = append(is[:1], is[2], is[1])
	fmt.Println(is)

	r := make([]int, 3, 10)
	r[0], r[1], r[2] = 7, 8, 9
	r = append(r[:1], r[2], r[1], r[0], r[2])
	fmt.Println(r, len(r), cap(r))
}

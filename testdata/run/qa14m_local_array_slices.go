// Returning slices of local arrays: the array moves to the heap; copies
// and fixed-size results stay on the stack.
package main

import "fmt"

func digits(n int) []byte {
	var buf [20]byte
	i := len(buf)
	if n == 0 {
		i--
		buf[i] = '0'
	}
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return buf[i:]
}

func digitsCopy(n int) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(buf[i:])
}

func window(xs []int, at int) [3]int {
	var w [3]int
	copy(w[:], xs[at:])
	return w
}

func evens(limit int) []int {
	var small [8]int
	out := small[:0]
	for i := 0; i < limit; i += 2 {
		out = append(out, i)
	}
	return out
}

type matrix [4][4]int

func identity() *matrix {
	var m matrix
	for i := range m {
		m[i][i] = 1
	}
	return &m
}

func rowOf(m matrix, r int) []int {
	return m[r][:]
}

func sumLocal(n int) int {
	var acc [16]int
	s := acc[:n%16]
	for i := range s {
		s[i] = i
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	a := digits(9031)
	b := digits(0)
	fmt.Println(string(a), string(b), len(a), cap(a))
	fmt.Println(digitsCopy(77), digitsCopy(123456789))
	w := window([]int{5, 6, 7, 8, 9}, 1)
	fmt.Println(w, len(w))
	e1, e2 := evens(10), evens(30)
	fmt.Println(e1, len(e2), cap(e1), cap(e2) >= 15)
	m := identity()
	m[2][3] = 9
	r := rowOf(*m, 2)
	r[0] = 42
	fmt.Println(r, m[2])
	fmt.Println(sumLocal(10), sumLocal(37))
	x := [...]string{2: "c", 0: "a"}
	y := x
	y[1] = "b"
	fmt.Println(len(x), x, y)
}

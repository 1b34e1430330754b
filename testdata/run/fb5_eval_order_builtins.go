// Builtin calls are ordered as function calls: len, cap, real, imag,
// complex, copy, make, new and append read their operands at their place
// among a statement's calls, before a later call changes them (Go's
// fixedbugs bug491).
package main

import "fmt"

//go:noinline
func g3(a, b, c int) int { return a*100 + b*10 + c }

func h3(a, b, c int) int { return a*100 + b*10 + c }

type S struct{ a, b int }

func main() {
	x := make([]int, 1, 1)
	grow := func() int { x = make([]int, 3, 5); return 2 }
	a, b, c := len(x), grow(), len(x)
	fmt.Println(a, b, c)

	x = make([]int, 1, 1)
	a, b, c = cap(x), grow(), cap(x)
	fmt.Println(a, b, c)

	x = make([]int, 1, 1)
	fmt.Println(len(x), grow(), len(x))

	x = make([]int, 1, 1)
	fmt.Println(len(x)+10, grow(), len(x)+10)

	x = make([]int, 0)
	s1, _, s2 := append(x, 1), grow(), append(x, 1)
	fmt.Println(len(s1), len(s2))

	x = make([]int, 1)
	tmp := make([]int, 100)
	n1, _, n2 := copy(tmp, x), grow(), copy(tmp, x)
	fmt.Println(n1, n2)

	k := 1
	setk := func() int { k = 3; return 2 }
	m1, _, m2 := make([]int, k), setk(), make([]int, k)
	fmt.Println(len(m1), len(m2))

	z := 1 + 2i
	setz := func() int { z = 3 + 4i; return 2 }
	r1, _, r2 := real(z), setz(), real(z)
	fmt.Println(r1, r2)
	z = 1 + 2i
	i1, _, i2 := imag(z), setz(), imag(z)
	fmt.Println(i1, i2)
	fl := 1.0
	setf := func() int { fl = 3; return 2 }
	c1, _, c2 := complex(fl, 0), setf(), complex(fl, 0)
	fmt.Println(c1, c2)

	str := "ab"
	sets := func() int { str = "abcd"; return 0 }
	bs, _, rs := []byte(str), sets(), []rune(str)
	fmt.Println(len(bs), len(rs))

	mp := map[int]int{1: 1}
	addm := func() int { mp[2] = 2; return 0 }
	l1, _, l2 := len(mp), addm(), len(mp)
	fmt.Println(l1, l2)

	ch := make(chan int, 4)
	send := func() int { ch <- 1; return 0 }
	q1, _, q2 := len(ch), send(), len(ch)
	fmt.Println(q1, q2)

	// a plain variable is still read after the call, as gc
	v := 1
	setv := func() int { v = 2; return 0 }
	w1, _, w2 := v, setv(), v
	fmt.Println(w1, w2)

	// operands of calls, arithmetic and composite literals
	x = make([]int, 1, 1)
	fmt.Println(g3(len(x), grow(), len(x)))
	x = x[:1]
	fmt.Println(h3(len(x), grow(), len(x)))
	x = x[:1]
	y := len(x) + grow()
	fmt.Println(y)
	x = x[:1]
	fmt.Println([]int{len(x), grow(), cap(x)})
	x = x[:1]
	fmt.Println([3]int{len(x), grow(), cap(x)})
	x = x[:1]
	fmt.Println(S{len(x), grow()})
	x = x[:1]
	var r [3]int
	r[0], r[1] = len(x)*2, grow()
	fmt.Println(r)
	x = x[:1]
	fmt.Println(len(x) == grow(), len(x) < grow())
	x = x[:1]
	fmt.Println(len(x) < 2 && grow() > len(x), len(x))
}

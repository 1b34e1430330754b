package main

import (
	"fmt"
	"strings"
	"sync"
)

// -m=2 notes "from case *P: ... (switch case)" print every statement of
// the clause as gc's stmtFmt does: goto, labels, break/continue with
// labels, and go/defer statements whose calls have arguments or results,
// which gc's escape analysis has replaced by a call of a wrapper closure
// by then ("defer (func literal)()").

type P struct {
	x, y int
	next *P
	m    map[string]int
	s    []int
}

type Q struct {
	mu sync.Mutex
	x  int
}

type I interface{ M() }

func (q *Q) M() {}

var sink interface{}
var gch = make(chan int, 10)

func (p *P) M(a int) int { return p.x + a }

func noop() {}

func ret() int { return 1 }

func show(x interface{}) interface{} {
	switch v := x.(type) {
	case *P:
		v.x++
		v.y += 2
		v.x, v.y = v.y, v.x
		a, b := v.x*2+1, -v.y
		c := ^a&^b | a<<2 ^ b>>1
		d := !(a > b) && a != 0 || b <= 3
		v.m["k"] = a
		delete(v.m, "z")
		v.s = append(v.s, a, b, c)
		v.s = append(v.s, v.s[1:2:3]...)
		e := len(v.s) + cap(v.s[:1])
		q := &P{x: 1, y: 2}
		r := []int{1, 2, 3}
		t := map[int]string{1: "a"}
		u := [2]float64{1.5, 2}
		w := struct{ a int }{3}
		f := func(z int) int { return z * a }
		g := v.M
		gch <- a
		h := <-gch
		i, ok := t[1]
		j, ok2 := x.(fmt.Stringer)
		k := string(rune(a)) + "s" + strings.ToUpper("x")
		l := float64(a) / 3.0
		n := new(int)
		*n = 5
		o := make([]byte, 4, 8)
		s := make(map[string]bool)
		if a > 10 {
			goto done
		}
		for idx := range r {
			if idx == 1 {
				continue
			}
			if idx == 2 {
				break
			}
		}
	done:
		defer fmt.Println("deferred", a)
		go func() { gch <- 1 }()
		select {
		case gch <- 2:
		default:
		}
		fmt.Println(c, d, e, q, r, t, u, w, f(2), g(1), h, i, ok, j, ok2, k, l, *n, o, s)
		sink = v.next
		return v
	}
	return nil
}

func show2(x interface{}, i I, ch chan int) interface{} {
	switch v := x.(type) {
	case *Q:
		v.mu.Lock()
		defer v.mu.Unlock()
		defer noop()
		defer ret()
		defer i.M()
		defer close(ch)
		defer func() { fmt.Println("x") }()
		defer func(a int) { fmt.Println(a) }(v.x)
		defer v.M()
		go noop()
		go v.M()
		go fmt.Sprint(v.x)
		go func() {}()
		sink = v
		return v
	}
	return nil
}

func main() {
	show(&P{m: map[string]int{}})
	show2(&Q{}, &Q{}, make(chan int))
	fmt.Println("done")
}

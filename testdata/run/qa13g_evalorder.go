package main

import (
	"fmt"
	"strings"
)

var trace []string

func t(s string, v int) int { trace = append(trace, s); return v }

type T struct {
	a, b int
	_    int
	c    string
}

type Emb struct {
	*strings.Builder
	*int
}

type N struct{ v int }

func (n *N) Get() int { return n.v }
func (n N) Val() int  { return n.v }

type W struct{ *N }

func f() (r int) {
	defer func() {
		if recover() != nil {
			r = -r
		}
	}()
	r = 5
	var m map[int]int
	m[0] = r
	return 7
}

func main() {
	a := []int{0, 0, 0}
	i := 0
	a[i], i = 5, 2
	fmt.Println(a, i)
	i, a[i] = 1, 9
	fmt.Println(a, i)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	m := map[string]int{}
	m["k"] = len(m)
	fmt.Println(m)
	arr := [3]int{t("a", 1), t("b", 2), t("c", 3)}
	_ = arr
	s := T{b: t("b", 1), a: t("a", 2)}
	fmt.Println(trace, s)
	trace = nil
	fmt.Println(t("x", 1)+t("y", 2)*t("z", 3), trace)
	fmt.Printf("%v %+v %#v\n", T{1, 2, 3, "c"}, T{1, 2, 3, "c"}, T{a: 1})
	fmt.Println(T{1, 2, 3, "c"} == T{1, 2, 4, "c"})
	var e Emb
	fmt.Println(e.Builder == nil, e.int == nil)
	e.Builder = &strings.Builder{}
	e.WriteString("emb")
	v := 4
	e.int = &v
	fmt.Println(e.String(), *e.int)
	w := W{}
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		g := w.Get
		fmt.Println("bound ok")
		fmt.Println(g())
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		g := w.Val
		fmt.Println("bound val")
		fmt.Println(g())
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var s int = -1
		fmt.Println(1 << s)
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var np *N
		defer np.Get()
		fmt.Println("deferred nil method")
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var np *N
		defer np.Val()
		fmt.Println("deferred nil value method")
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var fn func()
		defer fn()
		fmt.Println("deferred nil func")
	}()
	fmt.Println(f())
	n := N{1}
	get := n.Val
	n.v = 2
	pget := n.Get
	n.v = 3
	fmt.Println(get(), pget(), (*N).Get(&n), N.Val(n))
	ss := "abc"
	for i := range ss {
		ss = "xyzw"
		fmt.Print(i)
	}
	fmt.Println(ss)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 4)
			sl[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println(sl)
	mm := map[int]bool{1: true}
	for k := range mm {
		delete(mm, k)
	}
	fmt.Println(len(mm))
	var z [0]int
	fmt.Println(len(z), z)
	type pt struct{ x, y int }
	pts := map[string]*pt{"a": {1, 2}}
	pts["a"].x = 10
	fmt.Println(*pts["a"])
	var ip interface{} = 5
	switch ip {
	case 5.0:
		fmt.Println("float five")
	case 5:
		fmt.Println("int five")
	}
	switch {
	}
	c := make(chan int, 1)
	select {
	case c <- 1:
		fmt.Println("sent")
	case v := <-c:
		fmt.Println("recv", v)
	}
	select {
	case c <- 2:
		fmt.Println("sent2")
	case v := <-c:
		fmt.Println("recv", v)
	}
}

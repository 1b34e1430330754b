package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Named struct {
	Shape
	Name string
}

type Counter struct {
	hits map[string]int
}

type Matrix [][]float64

func (m Matrix) String() string {
	var sb strings.Builder
	for _, r := range m {
		sb.WriteString(fmt.Sprint(r))
		sb.WriteByte(';')
	}
	return sb.String()
}

type Grid [2][3]int

type Op int

const (
	Add Op = iota
	Sub
)

var opNames = [...]string{Add: "add", Sub: "sub"}

var table = [...]struct {
	in  string
	out int
}{
	{"a", 1},
	5: {"f", 6},
	{"g", 7},
}

var sparse = []string{3: "d", 1: "b"}

type Celsius float64

func (c *Celsius) Inc() { *c++ }

func main() {
	n := Named{Square{2}, "sq"}
	fmt.Println(n.Area(), n)
	var s Shape = n
	fmt.Printf("%v %T %.1f\n", s, s, s.Area())
	c := Counter{}
	fmt.Println(c.hits["x"], len(c.hits), c.hits == nil)
	m := Matrix{{1, 2}, {3}}
	fmt.Println(m)
	fmt.Printf("%v|%s|%d\n", m, m, m)
	var g Grid
	g[1][2] = 5
	fmt.Println(g, len(g), len(g[0]))
	fmt.Println(opNames, len(opNames), table, len(table))
	fmt.Printf("%q %d\n", sparse, len(sparse))
	var t Celsius = 1
	t.Inc()
	(&t).Inc()
	fmt.Println(t)
	cs := []Celsius{1, 2}
	cs[0].Inc()
	fmt.Println(cs)
	mc := map[string]*Celsius{"a": new(Celsius)}
	mc["a"].Inc()
	fmt.Println(*mc["a"])
	arr := [...]int{5, 4, 3}
	sl := arr[:]
	sl[0] = 0
	p := &arr
	p[1] = 1
	fmt.Println(arr, len(p), cap(sl[1:]))
	for i, v := range p {
		if i == 0 {
			p[2] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range arr {
		if i == 0 {
			arr[2] = 200
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	str := "hello"
	bs := []byte(str)
	bs[0] = 'J'
	fmt.Println(str, string(bs), str[1:3], str[:0] == "", strings.Compare(str, string(bs)))
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println(string(rs), len(rs), string(rs[4:]))
	x := []interface{}{1, "a", nil}
	y := x
	y[0] = 2
	fmt.Println(x...)
	type kv struct {
		k string
		v []int
	}
	kvs := map[string]kv{}
	e := kvs["missing"]
	e.v = append(e.v, 1)
	kvs["missing"] = e
	fmt.Println(kvs)
	counts := map[rune]int{}
	for _, r := range "abracadabra" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"]++
	nested["a"]["b"]++
	fmt.Println(nested, len(nested["zz"]))
	fmt.Println(fmt.Sprintf("%5.2f|%-7s|%+d|%x", 3.14159, "go", 7, "hi"))
}

// Value vs reference semantics, a chapter of surprises: arrays copy,
// slices share, range copies its operand and the element, method values
// bind a copy of a value receiver at evaluation time, defer evaluates the
// receiver early, maps of structs cannot be assigned through, and struct
// copies share the memory of their pointer and slice fields.
package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Inc()         { c.n++ }

type Team struct {
	Name    string
	Members []string
	Lead    *Counter
	Scores  [3]int
	Meta    map[string]string
}

type Celsius float64
type Fahrenheit float64

type PointA struct{ X, Y int }
type PointB struct{ X, Y int }

func modifyArray(a [3]int) [3]int { a[0] = 100; return a }
func modifySlice(s []int)         { s[0] = 100 }
func appendSlice(s []int) []int   { return append(s, 4) }
func modifyMap(m map[string]int)  { m["new"] = 1 }
func replaceMap(m map[string]int) { m = map[string]int{"replaced": 1}; _ = m }

func main() {
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[1] = 20
	ret := modifyArray(arr)
	fmt.Println("arrays:", arr, arr2, ret, arr == [3]int{1, 2, 3})

	sl := []int{1, 2, 3}
	sl2 := sl
	sl2[1] = 20
	modifySlice(sl)
	grown := appendSlice(sl[:2])
	fmt.Println("slices:", sl, sl2, grown, len(sl), cap(sl))

	m := map[string]int{"a": 1}
	modifyMap(m)
	replaceMap(m)
	fmt.Println("maps:", m)

	// range evaluates an array operand once, by value.
	nums := [3]int{1, 2, 3}
	for i, v := range nums {
		nums[2] = 30
		if i == 2 {
			fmt.Println("range over array copy sees:", v)
		}
	}
	snums := []int{1, 2, 3}
	for i, v := range snums {
		snums[2] = 30
		if i == 2 {
			fmt.Println("range over slice sees:", v)
		}
	}
	cs := []Counter{{"a", 0}, {"b", 0}}
	for _, c := range cs {
		c.Inc()
	}
	fmt.Println("range value copies:", cs[0].n, cs[1].n)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println("index updates:", cs[0].n, cs[1].n)

	c := Counter{"x", 1}
	val := c.Value
	inc := c.Inc
	inc()
	inc()
	fmt.Println("method values:", val(), c.Value())

	func() {
		d := Counter{"d", 1}
		defer fmt.Println("deferred with value receiver:", d.Value())
		defer func() { fmt.Println("deferred closure:", d.Value()) }()
		d.Inc()
		d.Inc()
	}()

	teams := map[string]Team{"red": {Name: "red"}}
	t := teams["red"]
	t.Name = "RED"
	fmt.Println("map of structs:", teams["red"].Name, t.Name)
	teams["red"] = t
	fmt.Println("after store back:", teams["red"].Name)
	pteams := map[string]*Team{"blue": {Name: "blue"}}
	pteams["blue"].Name = "BLUE"
	fmt.Println("map of pointers:", pteams["blue"].Name)

	lead := &Counter{"lead", 5}
	a := Team{Name: "a", Members: []string{"x", "y"}, Lead: lead, Scores: [3]int{1, 2, 3}, Meta: map[string]string{"k": "v"}}
	b := a
	b.Name = "b"
	b.Members[0] = "CHANGED"
	b.Members = append(b.Members, "z")
	b.Lead.Inc()
	b.Scores[0] = 99
	b.Meta["k"] = "shared"
	fmt.Println("a:", a.Name, a.Members, a.Lead.n, a.Scores, a.Meta)
	fmt.Println("b:", b.Name, b.Members, b.Lead.n, b.Scores, b.Meta)

	pa := PointA{1, 2}
	pb := PointB(pa)
	pb.X = 10
	f := Fahrenheit(Celsius(100)*9/5 + 32)
	fmt.Println("conversions:", pa, pb, f, Celsius(f-32)*5/9)
	anon := struct{ X, Y int }{3, 4}
	pa = anon
	fmt.Printf("%v %T %T\n", pa, anon, pa)

	s := "hello"
	bs := []byte(s)
	bs[0] = 'j'
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println("strings are immutable:", s, string(bs), string(rs), strings.ToUpper(s[:1])+s[1:])

	ptrs := make([]*int, 3)
	for i := range ptrs {
		v := i * 10
		ptrs[i] = &v
	}
	fmt.Println("distinct vars:", *ptrs[0], *ptrs[1], *ptrs[2])
	var shared []*int
	for i := 0; i < 3; i++ {
		shared = append(shared, &i)
	}
	fmt.Println("one loop var (Go 1.19):", *shared[0], *shared[1], *shared[2], shared[0] == shared[2])
	type pair struct {
		a [2]int
		s []int
	}
	p1 := pair{[2]int{1, 2}, []int{1, 2}}
	p2 := p1
	p2.a[0], p2.s[0] = 9, 9
	fmt.Println(p1, p2)
}

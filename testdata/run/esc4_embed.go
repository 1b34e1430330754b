// Embedding: promoted methods through embedded values and pointers,
// embedded interfaces, method values of interfaces, anonymous structs.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Named struct{ Name string }

func (n Named) Hello() string   { return "hi " + n.Name }
func (n *Named) Rename(s string) { n.Name = s }

type Base struct {
	ID int
	*Named
}

type Employee struct {
	Base
	Salary int
	sync.Mutex
}

func (e *Employee) Raise(pct int) {
	e.Lock()
	e.Salary += e.Salary * pct / 100
	e.Unlock()
}

type Writer interface{ Write(p []byte) (int, error) }

type countingWriter struct {
	Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type sink struct{ sb strings.Builder }

func (s *sink) Write(p []byte) (int, error) { return s.sb.Write(p) }

type Greeter interface{ Hello() string }

func greetAll(gs []Greeter) string {
	parts := make([]string, 0, len(gs))
	for _, g := range gs {
		parts = append(parts, g.Hello())
	}
	return strings.Join(parts, ", ")
}

func newEmployee(id int, name string, salary int) *Employee {
	return &Employee{Base: Base{ID: id, Named: &Named{Name: name}}, Salary: salary}
}

func main() {
	e := newEmployee(1, "ann", 1000)
	e.Raise(10)
	e.Rename("anne")
	fmt.Println(e.ID, e.Name, e.Salary, e.Hello())

	hello := e.Hello
	fmt.Println(hello())

	var g Greeter = e
	gh := g.Hello
	fmt.Println(gh())
	fmt.Println(greetAll([]Greeter{e, Named{"bob"}, &Named{"cy"}}))

	s := &sink{}
	cw := &countingWriter{Writer: s}
	fmt.Fprintf(cw, "%d-%s", 42, "x")
	cw.Write([]byte("yz"))
	fmt.Println(s.sb.String(), cw.n)

	pt := struct {
		X, Y int
		Tag  string
	}{1, 2, "p"}
	pp := &pt
	pp.X = 10
	fmt.Println(pt.X, pt.Tag)

	people := []struct {
		Name string
		Age  int
	}{{"a", 30}, {"b", 25}}
	oldest := &people[0]
	for i := range people {
		if people[i].Age > oldest.Age {
			oldest = &people[i]
		}
	}
	fmt.Println(oldest.Name)

	var emps []*Employee
	for i := 0; i < 3; i++ {
		emps = append(emps, newEmployee(i, fmt.Sprintf("e%d", i), 100*(i+1)))
	}
	total := 0
	for _, x := range emps {
		x.Raise(50)
		total += x.Salary
	}
	fmt.Println(total)
}

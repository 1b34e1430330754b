// An org chart: slices of pointers with back-pointers, a map of pointers
// and a map of structs updated by copy, a recursive total, a copied and
// sorted slice of pointers, a predicate closure capturing a local.
package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	ID      int
	Name    string
	Manager *Employee
	Reports []*Employee
	Salary  int
}

type Dept struct {
	Name   string
	Budget int
	Staff  []int
}

type Registry struct {
	byID  map[int]*Employee
	depts map[string]Dept
	all   []*Employee
}

func (r *Registry) Hire(id int, name string, salary int, mgr int) *Employee {
	e := &Employee{ID: id, Name: name, Salary: salary}
	if m, ok := r.byID[mgr]; ok {
		e.Manager = m
		m.Reports = append(m.Reports, e)
	}
	r.byID[id] = e
	r.all = append(r.all, e)
	return e
}

func (r *Registry) Assign(dept string, ids ...int) {
	d := r.depts[dept]
	d.Name = dept
	d.Staff = append(d.Staff, ids...)
	for _, id := range ids {
		d.Budget += r.byID[id].Salary
	}
	r.depts[dept] = d
}

func chain(e *Employee) []string {
	var out []string
	for p := e; p != nil; p = p.Manager {
		out = append(out, p.Name)
	}
	return out
}

func top(es []*Employee, n int) []*Employee {
	cp := make([]*Employee, len(es))
	copy(cp, es)
	sort.Slice(cp, func(i, j int) bool { return cp[i].Salary > cp[j].Salary })
	if n > len(cp) {
		n = len(cp)
	}
	return cp[:n]
}

func total(e *Employee) int {
	t := e.Salary
	for _, r := range e.Reports {
		t += total(r)
	}
	return t
}

func find(es []*Employee, pred func(*Employee) bool) *Employee {
	for _, e := range es {
		if pred(e) {
			return e
		}
	}
	return nil
}

func main() {
	r := &Registry{byID: map[int]*Employee{}, depts: map[string]Dept{}}
	r.Hire(1, "ceo", 300, 0)
	r.Hire(2, "cto", 200, 1)
	r.Hire(3, "dev", 120, 2)
	r.Hire(4, "ops", 110, 2)
	r.Hire(5, "cfo", 190, 1)
	r.Assign("eng", 2, 3, 4)
	r.Assign("fin", 5)
	r.Assign("eng", 1)
	fmt.Println(chain(r.byID[4]))
	for _, e := range top(r.all, 3) {
		fmt.Print(e.Name, ":", e.Salary, " ")
	}
	fmt.Println()
	fmt.Println(total(r.byID[1]), total(r.byID[2]))
	names := make([]string, 0, len(r.depts))
	for n := range r.depts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		d := r.depts[n]
		fmt.Println(d.Name, d.Budget, d.Staff)
	}
	limit := 150
	if e := find(r.all, func(e *Employee) bool { return e.Salary < limit }); e != nil {
		fmt.Println("first under", limit, e.Name)
	}
}

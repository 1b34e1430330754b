package main

import (
	"fmt"
	"sort"
	"strings"
)

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec      { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Sub(o Vec) Vec      { return Vec{v.X - o.X, v.Y - o.Y} }
func (v Vec) Dot(o Vec) float64  { return v.X*o.X + v.Y*o.Y }
func (v *Vec) Scale(f float64)   { v.X *= f; v.Y *= f }
func (v Vec) String() string     { return fmt.Sprintf("(%g,%g)", v.X, v.Y) }

type Account struct {
	Name    string
	Balance int
}

func (a *Account) Deposit(n int)  { a.Balance += n }
func (a *Account) Withdraw(n int) { a.Balance -= n }
func (a Account) Report() string  { return fmt.Sprintf("%s:%d", a.Name, a.Balance) }

type binop func(Vec, Vec) Vec

func main() {
	ops := map[string]binop{
		"add": Vec.Add,
		"sub": Vec.Sub,
	}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	a, b := Vec{1, 2}, Vec{3, 5}
	for _, n := range names {
		fmt.Println(n, ops[n](a, b))
	}
	dot := Vec.Dot
	fmt.Println("dot", dot(a, b))
	scale := (*Vec).Scale
	scale(&a, 3)
	fmt.Println("scaled", a)
	str := Vec.String
	ptrStr := (*Vec).String
	fmt.Println(str(b), ptrStr(&b))

	actions := []struct {
		name string
		fn   func(*Account, int)
		n    int
	}{
		{"dep", (*Account).Deposit, 100},
		{"wd", (*Account).Withdraw, 30},
		{"dep", (*Account).Deposit, 5},
	}
	acc := &Account{Name: "ann"}
	var trail []string
	for _, act := range actions {
		act.fn(acc, act.n)
		trail = append(trail, fmt.Sprintf("%s%d", act.name, act.n))
	}
	fmt.Println(strings.Join(trail, ">"), (*Account).Report(acc), Account.Report(*acc))

	// method values bind the receiver at evaluation time
	report := acc.Report
	deposit := acc.Deposit
	deposit(1000)
	fmt.Println(report(), acc.Report())

	vs := []Vec{{3, 1}, {1, 1}, {2, 5}}
	less := func(f func(Vec) float64) func(i, j int) bool {
		return func(i, j int) bool { return f(vs[i]) < f(vs[j]) }
	}
	sort.Slice(vs, less(func(v Vec) float64 { return v.Dot(v) }))
	fmt.Println(vs)
	sort.Slice(vs, less(Vec{0, 1}.Dot))
	fmt.Println(vs)
	fmt.Printf("%T | %T | %T\n", Vec.Add, (*Vec).Scale, a.Dot)
}

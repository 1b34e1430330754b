package main

import (
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	ID      string
	Balance int
	History []int
}

func (a *Account) Deposit(n int)  { a.Balance += n; a.History = append(a.History, n) }
func (a *Account) Withdraw(n int) { a.Balance -= n; a.History = append(a.History, -n) }
func (a Account) Summary() string { return fmt.Sprintf("%s:%d(%d ops)", a.ID, a.Balance, len(a.History)) }

type Op func(*Account, int)

var ops = map[string]Op{
	"dep": (*Account).Deposit,
	"wd":  (*Account).Withdraw,
}

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string  { return "square" }

func main() {
	accts := map[string]*Account{"a": {ID: "a"}, "b": {ID: "b", Balance: 50}}
	script := "dep a 10;wd b 20;dep b 5;wd a 3;dep a 100"
	for _, cmd := range strings.Split(script, ";") {
		var op, id string
		var n int
		fmt.Sscanf(cmd, "%s %s %d", &op, &id, &n)
		ops[op](accts[id], n)
	}
	summ := Account.Summary
	psumm := (*Account).Summary
	ids := []string{"a", "b"}
	for _, id := range ids {
		fmt.Println(summ(*accts[id]), psumm(accts[id]), accts[id].History)
	}
	area := Shape.Area
	name := Shape.Name
	shapes := []Shape{Rect{2, 3}, Square{4}, Rect{1, 1}}
	sort.Slice(shapes, func(i, j int) bool { return area(shapes[i]) < area(shapes[j]) })
	for _, s := range shapes {
		fmt.Printf("%s %.1f\n", name(s), area(s))
	}
	rectArea := Rect.Area
	fmt.Println(rectArea(Rect{5, 5}))
	bound := shapes[2].Area
	shapes[2] = Rect{0, 0}
	fmt.Println(bound(), shapes[2].Area())
	fns := []func(*Account, int){(*Account).Deposit, (*Account).Withdraw}
	x := &Account{ID: "x"}
	for i, f := range fns {
		f(x, (i+1)*7)
	}
	fmt.Println(x.Summary(), fmt.Sprintf("%T", summ), fmt.Sprintf("%T", area))
}

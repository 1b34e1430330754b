// Method values and method expressions: bound callbacks stored in tables,
// value vs pointer receivers copied at binding time, interface method
// values, and method expressions used as plain functions.
package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Account struct {
	Owner   string
	Balance int
	history []string
}

func (a Account) Summary() string {
	return fmt.Sprintf("%s:%d(%d ops)", a.Owner, a.Balance, len(a.history))
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.history = append(a.history, fmt.Sprint("+", n))
}

func (a *Account) Withdraw(n int) bool {
	if n > a.Balance {
		a.history = append(a.history, fmt.Sprint("!", n))
		return false
	}
	a.Balance -= n
	a.history = append(a.history, fmt.Sprint("-", n))
	return true
}

type Op struct {
	name string
	run  func(int)
}

func buildOps(a *Account) []Op {
	w := a.Withdraw
	return []Op{
		{"dep", a.Deposit},
		{"wd", func(n int) { w(n) }},
		{"dep2", depositFn((*Account).Deposit).bind(a)},
	}
}

type depositFn func(*Account, int)

func (f depositFn) bind(a *Account) func(int) {
	return func(n int) { f(a, n) }
}

func init() {
	_ = depositFn((*Account).Deposit)
}

func applyAll(accts []*Account, f func(*Account, int), n int) {
	for _, a := range accts {
		f(a, n)
	}
}

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	a := &Account{Owner: "ann"}
	summary := a.Summary // copies *a now
	for _, op := range buildOps(a) {
		op.run(10)
		fmt.Println(op.name, a.Summary())
	}
	fmt.Println("bound earlier:", summary())
	fmt.Println("bound now:", a.Summary())
	accts := []*Account{a, {Owner: "bob", Balance: 5}, {Owner: "cy"}}
	applyAll(accts, (*Account).Deposit, 7)
	withdraw := (*Account).Withdraw
	var ok []bool
	for _, x := range accts {
		ok = append(ok, withdraw(x, 12))
	}
	fmt.Println(ok)
	sum := Account.Summary
	var lines []string
	for _, x := range accts {
		lines = append(lines, sum(*x))
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, " "))
	var sb strings.Builder
	var w io.Writer = upper{&sb}
	write := w.Write
	fmt.Fprintf(w, "hello %s; ", "world")
	write([]byte("direct"))
	fmt.Println(sb.String())
	byName := map[string]func() string{}
	for _, x := range accts {
		byName[x.Owner] = x.Summary
	}
	accts[1].Deposit(1000)
	fmt.Println(byName["bob"](), accts[1].Summary())
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	Owner   string
	Balance int
}

func (a Account) Describe() string        { return fmt.Sprintf("%s:%d", a.Owner, a.Balance) }
func (a *Account) Deposit(n int)          { a.Balance += n }
func (a *Account) Withdraw(n int) bool    { if n > a.Balance { return false }; a.Balance -= n; return true }
func (a Account) Compare(b Account) int   { return a.Balance - b.Balance }

type Describer interface{ Describe() string }

type Op struct {
	name string
	fn   func(*Account, int)
}

func main() {
	describe := Account.Describe
	deposit := (*Account).Deposit
	withdraw := (*Account).Withdraw
	viaPtr := (*Account).Describe // value method through a pointer type
	iface := Describer.Describe

	a := Account{"ana", 10}
	deposit(&a, 5)
	fmt.Println(describe(a), withdraw(&a, 100), withdraw(&a, 3), viaPtr(&a), iface(a))
	fmt.Printf("%T\n%T\n%T\n%T\n", describe, deposit, viaPtr, iface)

	// a method value binds its receiver when evaluated
	b := Account{"bo", 1}
	bound := b.Describe
	pbound := b.Deposit // &b
	b.Balance = 99
	pbound(1)
	fmt.Println(bound(), b.Describe())

	ops := []Op{
		{"dep", deposit},
		{"wd", func(a *Account, n int) { withdraw(a, n) }},
	}
	for _, op := range ops {
		op.fn(&a, 4)
		fmt.Println(op.name, a.Describe())
	}

	accts := []Account{{"c", 30}, {"a", 10}, {"b", 20}}
	cmp := Account.Compare
	sort.Slice(accts, func(i, j int) bool { return cmp(accts[i], accts[j]) < 0 })
	fmt.Println(accts)

	var ds []Describer
	for i := range accts {
		ds = append(ds, accts[i], &accts[i])
	}
	var parts []string
	for _, d := range ds {
		parts = append(parts, fmt.Sprintf("%T=%s", d, d.Describe()))
	}
	fmt.Println(strings.Join(parts, " "))
	fns := map[string]func(Account) string{"describe": Account.Describe, "owner": func(a Account) string { return a.Owner }}
	keys := make([]string, 0, len(fns))
	for k := range fns {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, fns[k](accts[0]))
	}
	upper := strings.ToUpper
	rep := strings.NewReplacer("a", "4").Replace
	fmt.Println(upper(rep("banana")))
}

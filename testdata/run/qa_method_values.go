package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Deposit(n int) { a.Balance += n }
func (a Account) Report() string { return fmt.Sprintf("%s: %d", a.Owner, a.Balance) }

type Temp float64

func (t Temp) F() Temp { return t*9/5 + 32 }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	acc := &Account{Owner: "ann"}
	dep := acc.Deposit
	apply(dep, 10, 20, 30)
	fmt.Println(acc.Report())
	rep := acc.Report
	acc.Deposit(100)
	fmt.Println(rep(), acc.Report())
	v := Account{"bob", 5}
	vr := v.Report
	v.Balance = 99
	fmt.Println(vr())
	f := (*Account).Deposit
	f(&v, 1)
	g := Account.Report
	fmt.Println(g(v))
	h := Temp.F
	fmt.Println(h(100), Temp(0).F())
	fns := []func() string{acc.Report, v.Report}
	for _, fn := range fns {
		fmt.Println(fn())
	}
	type stringer interface{ Report() string }
	var s stringer = acc
	sr := s.Report
	acc.Balance = 0
	fmt.Println(sr())
	fmt.Printf("%T\n", dep)
}

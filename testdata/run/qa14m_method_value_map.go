// Method values stored in maps: a command dispatcher bound to one
// receiver, method expressions for a table, and rebinding after copy.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Account struct {
	name    string
	balance int
	log     []string
}

func (a *Account) Deposit(n int) error {
	a.balance += n
	a.log = append(a.log, "dep "+strconv.Itoa(n))
	return nil
}

func (a *Account) Withdraw(n int) error {
	if n > a.balance {
		return fmt.Errorf("%s: insufficient funds: have %d, need %d", a.name, a.balance, n)
	}
	a.balance -= n
	a.log = append(a.log, "wd "+strconv.Itoa(n))
	return nil
}

func (a Account) Report(n int) error {
	fmt.Printf("%s has %d (x%d)\n", a.name, a.balance, n)
	return nil
}

type Dispatcher map[string]func(int) error

func bind(a *Account) Dispatcher {
	return Dispatcher{
		"deposit":  a.Deposit,
		"withdraw": a.Withdraw,
		"report":   a.Report, // copies *a now
	}
}

func (d Dispatcher) Run(script string) []error {
	var errs []error
	for _, line := range strings.Split(script, ";") {
		f := strings.Fields(line)
		if len(f) != 2 {
			continue
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			errs = append(errs, err)
			continue
		}
		cmd, ok := d[f[0]]
		if !ok {
			errs = append(errs, fmt.Errorf("unknown command %q", f[0]))
			continue
		}
		if err := cmd(n); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

var ops = map[string]func(*Account, int) error{
	"deposit":  (*Account).Deposit,
	"withdraw": (*Account).Withdraw,
	"report":   (*Account).Report,
}

func main() {
	acc := &Account{name: "alice", balance: 10}
	d := bind(acc)
	errs := d.Run("deposit 5; withdraw 40; report 1; fly 2; deposit x; withdraw 3")
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	fmt.Println(acc.balance, acc.log)

	bob := Account{name: "bob"}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := ops[k](&bob, 7); err != nil {
			fmt.Println(k, "failed:", err)
		}
	}
	fmt.Println(bob.balance, len(bob.log))

	copyAcc := *acc
	d2 := bind(&copyAcc)
	d2["deposit"](100)
	d["report"](2)
	d2["report"](3)
	fmt.Println(acc.balance, copyAcc.balance)
}

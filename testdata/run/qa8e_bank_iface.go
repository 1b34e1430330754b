package main

import (
	"errors"
	"fmt"
	"sort"
)

type Account interface {
	ID() string
	Balance() int
	Deposit(amount int) error
	Withdraw(amount int) error
}

var (
	ErrInvalidAmount = errors.New("invalid amount")
	ErrLimit         = errors.New("limit exceeded")
)

type OverdraftError struct {
	Account string
	Short   int
}

func (e OverdraftError) Error() string {
	return fmt.Sprintf("%s is short by %d", e.Account, e.Short)
}

type base struct {
	id      string
	balance int
	log     []string
}

func (b *base) ID() string     { return b.id }
func (b *base) Balance() int   { return b.balance }
func (b *base) record(s string) { b.log = append(b.log, s) }

func (b *base) Deposit(amount int) error {
	if amount <= 0 {
		return fmt.Errorf("deposit %d to %s: %w", amount, b.id, ErrInvalidAmount)
	}
	b.balance += amount
	b.record(fmt.Sprintf("+%d", amount))
	return nil
}

type Checking struct {
	base
	overdraft int
}

func (c *Checking) Withdraw(amount int) error {
	if amount <= 0 {
		return fmt.Errorf("withdraw: %w", ErrInvalidAmount)
	}
	if c.balance+c.overdraft < amount {
		return OverdraftError{c.id, amount - c.balance - c.overdraft}
	}
	c.balance -= amount
	c.record(fmt.Sprintf("-%d", amount))
	return nil
}

type Savings struct {
	base
	withdrawals int
}

func (s *Savings) Withdraw(amount int) error {
	if s.withdrawals >= 2 {
		return fmt.Errorf("savings %s: %w (%d withdrawals)", s.id, ErrLimit, s.withdrawals)
	}
	if amount > s.balance {
		return &OverdraftError{s.id, amount - s.balance}
	}
	s.withdrawals++
	s.balance -= amount
	s.record(fmt.Sprintf("-%d", amount))
	return nil
}

func (s *Savings) String() string {
	return fmt.Sprintf("Savings(%s, %d)", s.id, s.balance)
}

func transfer(from, to Account, amount int) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer %s->%s failed: %w", from.ID(), to.ID(), err)
	}
	return to.Deposit(amount)
}

func describe(err error) string {
	var oe OverdraftError
	var poe *OverdraftError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrInvalidAmount):
		return "invalid: " + err.Error()
	case errors.Is(err, ErrLimit):
		return "limit: " + err.Error()
	case errors.As(err, &oe):
		return fmt.Sprintf("overdraft(value) short=%d", oe.Short)
	case errors.As(err, &poe):
		return fmt.Sprintf("overdraft(ptr) short=%d", poe.Short)
	}
	return "unknown: " + err.Error()
}

func main() {
	chk := &Checking{base{id: "chk-1", balance: 100}, 50}
	sav := &Savings{base: base{id: "sav-1", balance: 500}}
	accounts := map[string]Account{chk.ID(): chk, sav.ID(): sav}
	steps := []struct {
		from, to string
		amt      int
	}{
		{"chk-1", "sav-1", 120},
		{"chk-1", "sav-1", 100},
		{"sav-1", "chk-1", 0},
		{"sav-1", "chk-1", 200},
		{"sav-1", "chk-1", 900},
		{"sav-1", "chk-1", 10},
		{"sav-1", "chk-1", 10},
		{"chk-1", "sav-1", -5},
	}
	for i, s := range steps {
		err := transfer(accounts[s.from], accounts[s.to], s.amt)
		fmt.Printf("step %d: %s\n", i, describe(err))
	}
	ids := make([]string, 0)
	for id := range accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := accounts[id]
		fmt.Printf("%s: %d %T\n", id, a.Balance(), a)
	}
	fmt.Println(sav, chk.log, sav.log)
	var s fmt.Stringer = sav
	fmt.Printf("%v|%s|%+v\n", s, s, chk.base.log)
}

// A bank ledger with interfaces: accounts of several kinds, transactions
// that may fail with wrapped errors, and a journal that can be replayed.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account interface {
	ID() string
	Balance() Cents
	Deposit(Cents) error
	Withdraw(Cents) error
}

type base struct {
	id  string
	bal Cents
}

func (b *base) ID() string     { return b.id }
func (b *base) Balance() Cents { return b.bal }
func (b *base) Deposit(c Cents) error {
	if c <= 0 {
		return fmt.Errorf("deposit %v to %s: %w", c, b.id, ErrAmount)
	}
	b.bal += c
	return nil
}

type Checking struct {
	base
	overdraft Cents
}

func (a *Checking) Withdraw(c Cents) error {
	if c <= 0 {
		return fmt.Errorf("withdraw %v: %w", c, ErrAmount)
	}
	if a.bal-c < -a.overdraft {
		return &InsufficientError{Account: a.id, Need: c, Have: a.bal + a.overdraft}
	}
	a.bal -= c
	return nil
}

type Savings struct {
	base
	withdrawals int
}

func (a *Savings) Withdraw(c Cents) error {
	if a.withdrawals >= 2 {
		return fmt.Errorf("savings %s: %w", a.id, ErrLimit)
	}
	if c > a.bal {
		return &InsufficientError{Account: a.id, Need: c, Have: a.bal}
	}
	a.withdrawals++
	a.bal -= c
	return nil
}

var (
	ErrAmount = errors.New("invalid amount")
	ErrLimit  = errors.New("withdrawal limit reached")
	ErrNoAcct = errors.New("no such account")
)

type InsufficientError struct {
	Account    string
	Need, Have Cents
}

func (e *InsufficientError) Error() string {
	return fmt.Sprintf("%s: insufficient funds: need %v, have %v", e.Account, e.Need, e.Have)
}

type Tx struct {
	From, To string
	Amount   Cents
}

type Ledger struct {
	accts   map[string]Account
	journal []Tx
	failed  []error
}

func NewLedger(accts ...Account) *Ledger {
	l := &Ledger{accts: make(map[string]Account, len(accts))}
	for _, a := range accts {
		l.accts[a.ID()] = a
	}
	return l
}

func (l *Ledger) Transfer(tx Tx) (err error) {
	defer func() {
		if err != nil {
			l.failed = append(l.failed, err)
		} else {
			l.journal = append(l.journal, tx)
		}
	}()
	from, ok := l.accts[tx.From]
	if !ok {
		return fmt.Errorf("transfer from %q: %w", tx.From, ErrNoAcct)
	}
	to, ok := l.accts[tx.To]
	if !ok {
		return fmt.Errorf("transfer to %q: %w", tx.To, ErrNoAcct)
	}
	if err := from.Withdraw(tx.Amount); err != nil {
		return fmt.Errorf("transfer %v: %w", tx.Amount, err)
	}
	if err := to.Deposit(tx.Amount); err != nil {
		_ = from.Deposit(tx.Amount)
		return err
	}
	return nil
}

func (l *Ledger) Report() {
	ids := make([]string, 0, len(l.accts))
	for id := range l.accts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total Cents
	for _, id := range ids {
		a := l.accts[id]
		kind := "?"
		switch a.(type) {
		case *Checking:
			kind = "checking"
		case *Savings:
			kind = "savings"
		}
		fmt.Printf("%-6s %-9s %10v\n", id, kind, a.Balance())
		total += a.Balance()
	}
	fmt.Printf("total %v, %d ok, %d failed\n", total, len(l.journal), len(l.failed))
}

func classify(err error) string {
	var ie *InsufficientError
	switch {
	case errors.As(err, &ie):
		return fmt.Sprintf("short by %v", ie.Need-ie.Have)
	case errors.Is(err, ErrLimit):
		return "limit"
	case errors.Is(err, ErrNoAcct):
		return "unknown account"
	case errors.Is(err, ErrAmount):
		return "bad amount"
	}
	return "other"
}

func main() {
	alice := &Checking{base: base{"alice", 10000}, overdraft: 5000}
	bob := &Savings{base: base{id: "bob", bal: 2500}}
	carol := &Checking{base: base{id: "carol"}}
	l := NewLedger(alice, bob, carol)
	txs := []Tx{
		{"alice", "bob", 12000},
		{"alice", "carol", 4000},
		{"bob", "carol", 1000},
		{"bob", "alice", 1000},
		{"bob", "alice", 100},
		{"carol", "dave", 1},
		{"carol", "alice", -5},
		{"alice", "carol", 0},
		{"carol", "bob", 9999},
	}
	for _, tx := range txs {
		if err := l.Transfer(tx); err != nil {
			fmt.Printf("FAIL %-5s->%-5s %9v: %s [%s]\n", tx.From, tx.To, tx.Amount, err, classify(err))
		} else {
			fmt.Printf("ok   %-5s->%-5s %9v\n", tx.From, tx.To, tx.Amount)
		}
	}
	l.Report()
	var acct Account = alice
	if c, ok := acct.(*Checking); ok {
		fmt.Println("alice overdraft", c.overdraft, c.base.Balance())
	}
}

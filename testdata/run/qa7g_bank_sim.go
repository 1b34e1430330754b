package main

import (
	"errors"
	"fmt"
	"sort"
)

type AccountID string

type Account struct {
	ID      AccountID
	Owner   string
	Balance int64 // cents
	History []Txn
	Frozen  bool
}

type Txn struct {
	Kind   string
	Amount int64
	Peer   AccountID
}

type InsufficientFunds struct {
	ID        AccountID
	Need, Has int64
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("account %s: insufficient funds: need %s, have %s", e.ID, cents(e.Need), cents(e.Has))
}

var (
	ErrNoAccount = errors.New("no such account")
	ErrFrozen    = errors.New("account frozen")
)

func cents(c int64) string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Bank struct {
	accounts map[AccountID]*Account
	fees     int64
}

func (b *Bank) Open(id AccountID, owner string, initial int64) {
	b.accounts[id] = &Account{ID: id, Owner: owner, Balance: initial}
}

func (b *Bank) get(id AccountID) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("lookup %q: %w", id, ErrNoAccount)
	}
	if a.Frozen {
		return nil, fmt.Errorf("lookup %q: %w", id, ErrFrozen)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to AccountID, amt int64) error {
	src, err := b.get(from)
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	dst, err := b.get(to)
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	fee := amt / 100
	if src.Balance < amt+fee {
		return fmt.Errorf("transfer: %w", InsufficientFunds{from, amt + fee, src.Balance})
	}
	src.Balance -= amt + fee
	dst.Balance += amt
	b.fees += fee
	src.History = append(src.History, Txn{"out", amt, to})
	dst.History = append(dst.History, Txn{"in", amt, from})
	return nil
}

type byBalance []*Account

func (s byBalance) Len() int      { return len(s) }
func (s byBalance) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byBalance) Less(i, j int) bool {
	if s[i].Balance != s[j].Balance {
		return s[i].Balance > s[j].Balance
	}
	return s[i].ID < s[j].ID
}

func main() {
	b := &Bank{accounts: map[AccountID]*Account{}}
	b.Open("A1", "Ann", 100000)
	b.Open("B2", "Bob", 5000)
	b.Open("C3", "Cid", 0)
	b.Open("D4", "Dee", 25050)
	b.accounts["D4"].Frozen = true

	ops := []struct {
		from, to AccountID
		amt      int64
	}{
		{"A1", "B2", 20000},
		{"B2", "C3", 30000},
		{"B2", "C3", 24000},
		{"C3", "Z9", 100},
		{"D4", "A1", 50},
		{"C3", "A1", 23760},
		{"A1", "C3", 1},
	}
	for _, op := range ops {
		err := b.Transfer(op.from, op.to, op.amt)
		var inf InsufficientFunds
		switch {
		case err == nil:
			fmt.Printf("ok   %s -> %s %s\n", op.from, op.to, cents(op.amt))
		case errors.As(err, &inf):
			fmt.Printf("FAIL %v (short by %s)\n", err, cents(inf.Need-inf.Has))
		case errors.Is(err, ErrNoAccount), errors.Is(err, ErrFrozen):
			fmt.Printf("FAIL %v [unwrap: %v]\n", err, errors.Unwrap(errors.Unwrap(err)))
		default:
			fmt.Println("??", err)
		}
	}
	list := make([]*Account, 0, len(b.accounts))
	for _, a := range b.accounts {
		list = append(list, a)
	}
	sort.Sort(byBalance(list))
	var total int64
	for _, a := range list {
		total += a.Balance
		fmt.Printf("%-3s %-4s %12s %d txns frozen=%v\n", a.ID, a.Owner, cents(a.Balance), len(a.History), a.Frozen)
	}
	fmt.Println("fees:", cents(b.fees), "total:", cents(total+b.fees))
	fmt.Printf("%+v\n", b.accounts["C3"].History)
	fmt.Println(sort.IsSorted(byBalance(list)), cents(-1234))
}

// A bank ledger: accounts behind a RWMutex-guarded map, transfers that
// return errors, a transaction log of value structs, deferred unlocks,
// sorting accounts by balance and formatting money with strconv.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return sign + "$" + strconv.FormatInt(int64(m/100), 10) + "." + fmt.Sprintf("%02d", int64(m%100))
}

type Account struct {
	ID      string
	Owner   string
	Balance Money
	history []Tx
}

type Tx struct {
	From, To string
	Amount   Money
	OK       bool
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[string]*Account
	log      []Tx
}

var (
	ErrNoAccount    = errors.New("no such account")
	ErrInsufficient = errors.New("insufficient funds")
)

func NewBank() *Bank {
	return &Bank{accounts: make(map[string]*Account)}
}

func (b *Bank) Open(id, owner string, initial Money) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	a := &Account{ID: id, Owner: owner, Balance: initial}
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, amt Money) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer from %s: %w", from, ErrNoAccount)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer to %s: %w", to, ErrNoAccount)
	}
	tx := Tx{From: from, To: to, Amount: amt}
	if src.Balance < amt {
		b.log = append(b.log, tx)
		return ErrInsufficient
	}
	src.Balance -= amt
	dst.Balance += amt
	tx.OK = true
	src.history = append(src.history, tx)
	dst.history = append(dst.history, tx)
	b.log = append(b.log, tx)
	return nil
}

func (b *Bank) Total() Money {
	b.mu.RLock()
	defer b.mu.RUnlock()
	var t Money
	for _, a := range b.accounts {
		t += a.Balance
	}
	return t
}

func (b *Bank) Ranking() []*Account {
	b.mu.RLock()
	list := make([]*Account, 0, len(b.accounts))
	for _, a := range b.accounts {
		list = append(list, a)
	}
	b.mu.RUnlock()
	sort.Slice(list, func(i, j int) bool { return list[i].Balance > list[j].Balance })
	return list
}

func statement(a *Account) string {
	lines := make([]string, 0, len(a.history)+1)
	lines = append(lines, a.Owner+" "+a.Balance.String())
	for _, tx := range a.history {
		dir := "in "
		if tx.From == a.ID {
			dir = "out"
		}
		lines = append(lines, fmt.Sprintf("  %s %v", dir, tx.Amount))
	}
	return strings.Join(lines, "\n")
}

func main() {
	bank := NewBank()
	bank.Open("a1", "ann", 10000)
	bank.Open("b2", "bob", 2550)
	bank.Open("c3", "cy", 0)

	var wg sync.WaitGroup
	errs := make(chan error, 10)
	transfers := []struct {
		from, to string
		amt      Money
	}{{"a1", "b2", 1234}, {"b2", "c3", 5000}, {"a1", "c3", 99}, {"x9", "a1", 1}, {"c3", "a1", 5000}}
	for _, t := range transfers {
		wg.Add(1)
		go func(from, to string, amt Money) {
			defer wg.Done()
			if err := bank.Transfer(from, to, amt); err != nil {
				errs <- err
			}
		}(t.from, t.to, t.amt)
	}
	wg.Wait()
	close(errs)
	var msgs []string
	for err := range errs {
		msgs = append(msgs, err.Error())
	}
	sort.Strings(msgs)
	fmt.Println(strings.Join(msgs, "; "))
	fmt.Println("total", bank.Total(), errors.Is(fmt.Errorf("x: %w", ErrNoAccount), ErrNoAccount))
	for _, a := range bank.Ranking() {
		fmt.Println(a.ID, a.Balance, len(a.history))
	}
	fmt.Println(Money(-1999), len(bank.log))
}

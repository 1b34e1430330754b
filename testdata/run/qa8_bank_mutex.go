// Accounts protected by a sync.Mutex each, transfers that lock two accounts
// in a fixed order so concurrent transfers cannot deadlock.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	ID      int
	Owner   string
	balance int64
	history []int64
}

var ErrFunds = errors.New("insufficient funds")

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *Account) apply(delta int64) {
	a.balance += delta
	a.history = append(a.history, delta)
}

func Transfer(from, to *Account, amount int64) error {
	first, second := from, to
	if second.ID < first.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d from %s: %w", amount, from.Owner, ErrFunds)
	}
	from.apply(-amount)
	to.apply(amount)
	return nil
}

type Bank struct {
	mu       sync.Mutex
	accounts map[string]*Account
	nextID   int
}

func (b *Bank) Open(owner string, initial int64) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	acc := &Account{ID: b.nextID, Owner: owner, balance: initial}
	b.accounts[owner] = acc
	return acc
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	alice := bank.Open("alice", 1000)
	bob := bank.Open("bob", 500)
	carol := bank.Open("carol", 0)

	var wg sync.WaitGroup
	var failMu sync.Mutex
	failures := 0
	for i := 0; i < 20; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			if err := Transfer(alice, bob, 30); err != nil {
				failMu.Lock()
				failures++
				failMu.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			Transfer(bob, carol, 10)
		}()
	}
	wg.Wait()
	names := make([]string, 0, len(bank.accounts))
	for n := range bank.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	var total int64
	for _, n := range names {
		a := bank.accounts[n]
		total += a.Balance()
		fmt.Printf("%-6s %5d (%d ops)\n", n, a.Balance(), len(a.history))
	}
	fmt.Println("total", total, "failures", failures)
	err := Transfer(carol, alice, 10000)
	fmt.Println(err, errors.Is(err, ErrFunds))
}

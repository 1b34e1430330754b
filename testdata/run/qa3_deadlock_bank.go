// Lock ordering: transfers between accounts lock both accounts, always in
// ID order, so concurrent opposite transfers cannot deadlock. The audit
// checks money is conserved. The program then shows the classic mistake
// -- waiting on a WaitGroup that nobody will ever release -- which Go
// detects: "all goroutines are asleep", exit status 2.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int64
	history []string
}

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	accounts map[int]*Account
	failed   int
	fmu      sync.Mutex
}

func NewBank(n int, initial int64) *Bank {
	b := &Bank{accounts: map[int]*Account{}}
	for i := 1; i <= n; i++ {
		b.accounts[i] = &Account{ID: i, balance: initial}
	}
	return b
}

func (b *Bank) Transfer(from, to int, amount int64) error {
	if from == to {
		return nil
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		b.fmu.Lock()
		b.failed++
		b.fmu.Unlock()
		return fmt.Errorf("transfer %d->%d of %d: %w", from, to, amount, ErrInsufficient)
	}
	a.balance -= amount
	c.balance += amount
	a.history = append(a.history, fmt.Sprintf("-%d", amount))
	c.history = append(c.history, fmt.Sprintf("+%d", amount))
	return nil
}

func (b *Bank) Total() int64 {
	ids := make([]int, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		b.accounts[id].mu.Lock()
	}
	var t int64
	for _, id := range ids {
		t += b.accounts[id].balance
	}
	for i := len(ids) - 1; i >= 0; i-- {
		b.accounts[ids[i]].mu.Unlock()
	}
	return t
}

func main() {
	bank := NewBank(5, 1000)
	var wg sync.WaitGroup
	errs := make(chan error, 1000)
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				from := (g+i)%5 + 1
				to := (g*3+i*7)%5 + 1
				if err := bank.Transfer(from, to, int64(10+(g*i)%50)); err != nil {
					errs <- err
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	n := 0
	for err := range errs {
		if !errors.Is(err, ErrInsufficient) {
			fmt.Println("unexpected:", err)
		}
		n++
	}
	fmt.Println("total after transfers:", bank.Total(), "conserved:", bank.Total() == 5000)
	fmt.Println("failed transfers counted twice agree:", n == bank.failed)
	moves := 0
	for _, a := range bank.accounts {
		moves += len(a.history)
	}
	fmt.Println("history entries even:", moves%2 == 0)

	err := bank.Transfer(1, 2, 1<<40)
	fmt.Println(err)

	// The mistake: Add(2) but only one goroutine calls Done.
	var wg2 sync.WaitGroup
	wg2.Add(2)
	go func() {
		defer wg2.Done()
		bank.Transfer(3, 4, 1)
	}()
	fmt.Println("waiting for two workers...")
	wg2.Wait()
	fmt.Println("not reached")
}

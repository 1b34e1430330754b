// Share memory by communicating: a bank whose state is owned by a single
// goroutine (an actor) that serves requests from a channel, each request
// carrying its own reply channel; a closure-based "do this inside the
// actor" request; shutdown with a final report; compared with a
// mutex-based version for the same workload.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type request interface{ isRequest() }

type deposit struct {
	acct  string
	amt   int
	reply chan error
}

type withdraw struct {
	acct  string
	amt   int
	reply chan error
}

type balance struct {
	acct  string
	reply chan int
}

type inside struct {
	f    func(map[string]int)
	done chan struct{}
}

func (deposit) isRequest()  {}
func (withdraw) isRequest() {}
func (balance) isRequest()  {}
func (inside) isRequest()   {}

var ErrNoFunds = errors.New("insufficient funds")
var ErrBadAmount = errors.New("amount must be positive")

type Bank struct {
	reqs chan request
	done chan map[string]int
}

func NewBank() *Bank {
	b := &Bank{reqs: make(chan request), done: make(chan map[string]int)}
	go b.loop()
	return b
}

func (b *Bank) loop() {
	accounts := map[string]int{}
	for r := range b.reqs {
		switch r := r.(type) {
		case deposit:
			if r.amt <= 0 {
				r.reply <- fmt.Errorf("deposit %d to %s: %w", r.amt, r.acct, ErrBadAmount)
				continue
			}
			accounts[r.acct] += r.amt
			r.reply <- nil
		case withdraw:
			if accounts[r.acct] < r.amt {
				r.reply <- fmt.Errorf("withdraw %d from %s (has %d): %w", r.amt, r.acct, accounts[r.acct], ErrNoFunds)
				continue
			}
			accounts[r.acct] -= r.amt
			r.reply <- nil
		case balance:
			r.reply <- accounts[r.acct]
		case inside:
			r.f(accounts)
			close(r.done)
		}
	}
	b.done <- accounts
}

func (b *Bank) Deposit(acct string, amt int) error {
	reply := make(chan error)
	b.reqs <- deposit{acct, amt, reply}
	return <-reply
}

func (b *Bank) Withdraw(acct string, amt int) error {
	reply := make(chan error)
	b.reqs <- withdraw{acct, amt, reply}
	return <-reply
}

func (b *Bank) Balance(acct string) int {
	reply := make(chan int)
	b.reqs <- balance{acct, reply}
	return <-reply
}

func (b *Bank) Do(f func(map[string]int)) {
	done := make(chan struct{})
	b.reqs <- inside{f, done}
	<-done
}

func (b *Bank) Close() map[string]int {
	close(b.reqs)
	return <-b.done
}

type MutexBank struct {
	mu       sync.Mutex
	accounts map[string]int
}

func (m *MutexBank) Deposit(acct string, amt int) error {
	if amt <= 0 {
		return ErrBadAmount
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.accounts[acct] += amt
	return nil
}

func (m *MutexBank) Withdraw(acct string, amt int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.accounts[acct] < amt {
		return ErrNoFunds
	}
	m.accounts[acct] -= amt
	return nil
}

type Teller interface {
	Deposit(string, int) error
	Withdraw(string, int) error
}

func workload(t Teller) (ok, failed int) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for c := 0; c < 5; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			acct := fmt.Sprintf("acct%d", c%2)
			for i := 0; i < 100; i++ {
				var err error
				if i%3 == 2 {
					err = t.Withdraw(acct, 1)
				} else {
					err = t.Deposit(acct, 2)
				}
				mu.Lock()
				if err != nil {
					failed++
				} else {
					ok++
				}
				mu.Unlock()
			}
		}(c)
	}
	wg.Wait()
	return
}

func main() {
	b := NewBank()
	fmt.Println(b.Deposit("alice", 100), b.Deposit("bob", 50))
	err := b.Withdraw("bob", 80)
	fmt.Println(err, errors.Is(err, ErrNoFunds))
	err = b.Deposit("carol", -5)
	fmt.Println(err, errors.Is(err, ErrBadAmount))
	fmt.Println(b.Balance("alice"), b.Balance("bob"), b.Balance("nobody"))
	b.Do(func(acc map[string]int) {
		acc["alice"] -= 10
		acc["bob"] += 10
	})
	ok, failed := workload(b)
	fmt.Println("actor workload:", ok, failed)
	final := b.Close()
	names := make([]string, 0, len(final))
	for n := range final {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("  %-6s %4d\n", n, final[n])
	}
	mb := &MutexBank{accounts: map[string]int{}}
	ok, failed = workload(mb)
	fmt.Println("mutex workload:", ok, failed, mb.accounts["acct0"], mb.accounts["acct1"])
	var t Teller = b
	_, isActor := t.(*Bank)
	fmt.Println(isActor)
}

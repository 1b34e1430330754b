// Concurrent transfers between accounts: per-account mutexes taken in
// id order to avoid deadlock, an RWMutex-protected directory, an atomic
// transfer counter, and a final audit that the total is conserved.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Account struct {
	mu      sync.Mutex
	id      int
	balance int64
	history []int64
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[int]*Account
	ok, fail atomic.Int64
}

var ErrFunds = errors.New("insufficient funds")
var ErrSame = errors.New("same account")

func NewBank(n int, initial int64) *Bank {
	b := &Bank{accounts: make(map[int]*Account, n)}
	for i := 0; i < n; i++ {
		b.accounts[i] = &Account{id: i, balance: initial}
	}
	return b
}

func (b *Bank) get(id int) (*Account, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	a, ok := b.accounts[id]
	return a, ok
}

func (b *Bank) Transfer(from, to int, amt int64) error {
	if from == to {
		b.fail.Add(1)
		return ErrSame
	}
	fa, ok1 := b.get(from)
	ta, ok2 := b.get(to)
	if !ok1 || !ok2 {
		b.fail.Add(1)
		return fmt.Errorf("no account %d or %d", from, to)
	}
	first, second := fa, ta
	if second.id < first.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if fa.balance < amt {
		b.fail.Add(1)
		return fmt.Errorf("transfer %d from %d: %w", amt, from, ErrFunds)
	}
	fa.balance -= amt
	ta.balance += amt
	fa.history = append(fa.history, -amt)
	ta.history = append(ta.history, amt)
	b.ok.Add(1)
	return nil
}

func (b *Bank) Open(initial int64) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	id := len(b.accounts)
	b.accounts[id] = &Account{id: id, balance: initial}
	return id
}

func (b *Bank) Audit() (total int64, ids []int) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for id, a := range b.accounts {
		a.mu.Lock()
		total += a.balance
		a.mu.Unlock()
		ids = append(ids, id)
	}
	sort.Ints(ids)
	return
}

// lcg is a tiny deterministic generator per goroutine.
type lcg uint32

func (l *lcg) next(n int) int {
	*l = *l*1664525 + 1013904223
	return int(uint32(*l)>>8) % n
}

func main() {
	const accounts, workers, perWorker = 6, 4, 500
	b := NewBank(accounts, 1000)
	var wg sync.WaitGroup
	var fundErrs [workers]int
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			r := lcg(w + 1)
			for i := 0; i < perWorker; i++ {
				err := b.Transfer(r.next(accounts), r.next(accounts), int64(r.next(400)))
				if errors.Is(err, ErrFunds) {
					fundErrs[w]++
				}
			}
		}(w)
	}
	wg.Wait()
	total, ids := b.Audit()
	fmt.Println("total", total, "accounts", len(ids), "attempts", b.ok.Load()+b.fail.Load())
	id := b.Open(250)
	fmt.Println(b.Transfer(id, id, 1), b.Transfer(id, 99, 1), b.Transfer(id, 0, 1000))
	fmt.Println(b.Transfer(id, 0, 250))
	total, ids = b.Audit()
	fmt.Println("total", total, "accounts", len(ids))
	a, _ := b.get(id)
	fmt.Println("new account balance", a.balance, "history", a.history)
	sumFund := 0
	for _, n := range fundErrs {
		sumFund += n
	}
	fmt.Println("funds errors counted:", sumFund <= int(b.fail.Load()))
}

// A bank account simulation: mutex-protected accounts, transfers that lock
// two accounts in a fixed order, custom error types wrapped with %w, and
// an atomic counter of operations.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrFrozen = errors.New("account frozen")

type TxError struct {
	Op     string
	From   int
	To     int
	Amount int64
	Err    error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("%s %d->%d (%d): %v", e.Op, e.From, e.To, e.Amount, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

type Account struct {
	mu      sync.Mutex
	id      int
	owner   string
	balance int64
	frozen  bool
	history []int64
}

func NewAccount(id int, owner string, initial int64) *Account {
	a := &Account{id: id, owner: owner, balance: initial}
	a.history = make([]int64, 0, 8)
	a.history = append(a.history, initial)
	return a
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[int]*Account
	ops      atomic.Int64
	failed   int64
}

func NewBank() *Bank {
	return &Bank{accounts: make(map[int]*Account)}
}

func (b *Bank) Open(owner string, initial int64) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	id := len(b.accounts) + 1
	a := NewAccount(id, owner, initial)
	b.accounts[id] = a
	return a
}

func (b *Bank) get(id int) (*Account, error) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %d: %w", id, errors.New("no such account"))
	}
	return a, nil
}

func (b *Bank) Transfer(from, to int, amount int64) error {
	b.ops.Add(1)
	src, err := b.get(from)
	if err != nil {
		atomic.AddInt64(&b.failed, 1)
		return &TxError{"transfer", from, to, amount, err}
	}
	dst, err := b.get(to)
	if err != nil {
		atomic.AddInt64(&b.failed, 1)
		return &TxError{"transfer", from, to, amount, err}
	}
	first, second := src, dst
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if src.frozen || dst.frozen {
		atomic.AddInt64(&b.failed, 1)
		return &TxError{"transfer", from, to, amount, ErrFrozen}
	}
	if src.balance < amount {
		atomic.AddInt64(&b.failed, 1)
		return &TxError{"transfer", from, to, amount, fmt.Errorf("balance %d: %w", src.balance, ErrInsufficient)}
	}
	src.balance -= amount
	dst.balance += amount
	src.history = append(src.history, -amount)
	dst.history = append(dst.history, amount)
	return nil
}

func (b *Bank) Total() int64 {
	b.mu.RLock()
	defer b.mu.RUnlock()
	var t int64
	for _, a := range b.accounts {
		t += a.Balance()
	}
	return t
}

func (b *Bank) Report() {
	b.mu.RLock()
	ids := make([]int, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	b.mu.RUnlock()
	sort.Ints(ids)
	fmt.Printf("%-4s %-8s %10s %6s\n", "id", "owner", "balance", "moves")
	for _, id := range ids {
		a, _ := b.get(id)
		fmt.Printf("%-4d %-8s %10d %6d\n", a.id, a.owner, a.Balance(), len(a.history)-1)
	}
}

func main() {
	bank := NewBank()
	names := []string{"alice", "bob", "carol", "dave"}
	for i, n := range names {
		bank.Open(n, int64(1000*(i+1)))
	}
	fmt.Println("total before:", bank.Total())

	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				from := (w+i)%4 + 1
				to := (w+i+1)%4 + 1
				_ = bank.Transfer(from, to, int64(i%7))
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("total after:", bank.Total(), "ops:", bank.ops.Load())

	// Deterministic error cases.
	errs := []error{
		bank.Transfer(1, 2, 1_000_000),
		bank.Transfer(1, 99, 5),
		nil,
	}
	acc, _ := bank.get(3)
	acc.mu.Lock()
	acc.frozen = true
	acc.mu.Unlock()
	errs[2] = bank.Transfer(3, 4, 1)
	for i, err := range errs {
		var tx *TxError
		fmt.Printf("err %d: %v\n", i, err)
		fmt.Printf("  insufficient=%t frozen=%t as=%t", errors.Is(err, ErrInsufficient), errors.Is(err, ErrFrozen), errors.As(err, &tx))
		if tx != nil {
			fmt.Printf(" op=%s amount=%d", tx.Op, tx.Amount)
		}
		fmt.Println()
		for e := err; e != nil; e = errors.Unwrap(e) {
			fmt.Printf("    %T\n", e)
		}
	}
	fmt.Println("failed:", atomic.LoadInt64(&bank.failed) >= 3)
	bank.Report()
}

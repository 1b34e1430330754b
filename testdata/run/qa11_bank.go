package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type AccountID int

type Account struct {
	mu      sync.Mutex
	id      AccountID
	owner   string
	balance int64
	history []Tx
}

type Tx struct {
	From, To AccountID
	Amount   int64
	OK       bool
}

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrSameAccount  = errors.New("same account")
	ErrNoAccount    = errors.New("no such account")
)

type TxError struct {
	Tx  Tx
	Err error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("tx %d->%d (%d): %v", e.Tx.From, e.Tx.To, e.Tx.Amount, e.Err)
}
func (e *TxError) Unwrap() error { return e.Err }

type Bank struct {
	mu       sync.RWMutex
	accounts map[AccountID]*Account
	nextID   AccountID
	txCount  uint64
	failed   uint64
}

func NewBank() *Bank { return &Bank{accounts: make(map[AccountID]*Account), nextID: 100} }

func (b *Bank) Open(owner string, initial int64) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	a := &Account{id: b.nextID, owner: owner, balance: initial}
	b.accounts[a.id] = a
	b.nextID++
	return a
}

func (b *Bank) get(id AccountID) (*Account, error) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %d: %w", id, ErrNoAccount)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to AccountID, amt int64) (err error) {
	tx := Tx{From: from, To: to, Amount: amt}
	defer func() {
		atomic.AddUint64(&b.txCount, 1)
		if err != nil {
			atomic.AddUint64(&b.failed, 1)
			err = &TxError{tx, err}
		}
	}()
	if from == to {
		return ErrSameAccount
	}
	fa, err := b.get(from)
	if err != nil {
		return err
	}
	ta, err := b.get(to)
	if err != nil {
		return err
	}
	first, second := fa, ta
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if fa.balance < amt {
		fa.history = append(fa.history, tx)
		return ErrInsufficient
	}
	fa.balance -= amt
	ta.balance += amt
	tx.OK = true
	fa.history = append(fa.history, tx)
	ta.history = append(ta.history, tx)
	return nil
}

func (b *Bank) Total() int64 {
	b.mu.RLock()
	defer b.mu.RUnlock()
	var t int64
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

func (b *Bank) Report() []string {
	b.mu.RLock()
	ids := make([]int, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, int(id))
	}
	b.mu.RUnlock()
	sort.Ints(ids)
	var lines []string
	for _, id := range ids {
		a, _ := b.get(AccountID(id))
		lines = append(lines, fmt.Sprintf("%d %-6s %6d", a.id, a.owner, a.balance))
	}
	return lines
}

func main() {
	bank := NewBank()
	names := []string{"ann", "bob", "cy", "dee", "eve"}
	for i, n := range names {
		bank.Open(n, int64(1000*(i+1)))
	}
	start := bank.Total()
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				from := AccountID(100 + (g+i)%5)
				to := AccountID(100 + (g*3+i*7)%5)
				_ = bank.Transfer(from, to, int64((i%13)*10))
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("conserved:", start == bank.Total(), start)
	fmt.Println("tx:", atomic.LoadUint64(&bank.txCount))
	err := bank.Transfer(100, 999, 5)
	var te *TxError
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNoAccount), errors.As(err, &te), te.Tx.To)
	err = bank.Transfer(101, 101, 5)
	fmt.Println(err, errors.Is(err, ErrSameAccount))
	err = bank.Transfer(100, 101, 1<<40)
	fmt.Println(errors.Is(err, ErrInsufficient))
	lines := bank.Report()
	fmt.Println(len(lines))
	acc, _ := bank.get(100)
	oks := 0
	for _, t := range acc.history {
		if t.OK {
			oks++
		}
	}
	fmt.Println(len(acc.history) > 0, oks <= len(acc.history))
}

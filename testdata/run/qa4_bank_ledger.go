// A bank ledger with invariants: transfers between accounts guarded by
// mutexes taken in a fixed order (no deadlock), typed errors for business
// failures, panics for broken invariants caught at the API boundary, and a
// final audit whose failure exits with status 1 through log.Fatalf-like
// code (here: a corrupted account found by the audit).
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"sync"
)

type AccountID int

type Account struct {
	mu      sync.Mutex
	id      AccountID
	owner   string
	balance int64
	history []int64
}

type InsufficientFunds struct {
	ID        AccountID
	Have, Need int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("account %d: insufficient funds: have %d, need %d", e.ID, e.Have, e.Need)
}

var (
	ErrSameAccount = errors.New("transfer to same account")
	ErrNoAccount   = errors.New("no such account")
	ErrFrozen      = errors.New("account frozen")
)

type Bank struct {
	mu       sync.RWMutex
	accounts map[AccountID]*Account
	frozen   map[AccountID]bool
}

func NewBank() *Bank {
	return &Bank{accounts: map[AccountID]*Account{}, frozen: map[AccountID]bool{}}
}

func (b *Bank) Open(id AccountID, owner string, initial int64) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	a := &Account{id: id, owner: owner, balance: initial, history: []int64{initial}}
	b.accounts[id] = a
	return a
}

func (b *Bank) get(id AccountID) (*Account, error) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %d: %w", id, ErrNoAccount)
	}
	if b.frozen[id] {
		return nil, fmt.Errorf("account %d: %w", id, ErrFrozen)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to AccountID, amount int64) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("transfer %d->%d aborted: %v", from, to, r)
		}
	}()
	if from == to {
		return ErrSameAccount
	}
	if amount <= 0 {
		panic(fmt.Sprintf("invalid amount %d", amount))
	}
	src, err := b.get(from)
	if err != nil {
		return err
	}
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	first, second := src, dst
	if second.id < first.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if src.balance < amount {
		return &InsufficientFunds{src.id, src.balance, amount}
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
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

func (b *Bank) Audit() []string {
	var problems []string
	ids := make([]int, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, int(id))
	}
	sort.Ints(ids)
	for _, id := range ids {
		a := b.accounts[AccountID(id)]
		var sum int64
		for _, h := range a.history {
			sum += h
		}
		if sum != a.balance {
			problems = append(problems, fmt.Sprintf("account %d (%s): balance is %d more than its history", id, a.owner, a.balance-sum))
		}
		if a.balance < 0 {
			problems = append(problems, fmt.Sprintf("account %d negative", id))
		}
	}
	return problems
}

func main() {
	bank := NewBank()
	names := []string{"ada", "bob", "cyd", "dee"}
	for i, n := range names {
		bank.Open(AccountID(i+1), n, int64(1000*(i+1)))
	}
	start := bank.Total()

	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := map[string]int{}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				from := AccountID((g+i)%4 + 1)
				to := AccountID((g+2*i+1)%4 + 1)
				err := bank.Transfer(from, to, int64(1+(g*i)%50))
				if err != nil {
					var inf *InsufficientFunds
					kind := "other"
					switch {
					case errors.Is(err, ErrSameAccount):
						kind = "same"
					case errors.As(err, &inf):
						kind = "funds"
					}
					mu.Lock()
					failures[kind]++
					mu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("money conserved:", bank.Total() == start, start)
	fmt.Println("failure kinds seen:", len(failures) > 0, failures["other"])

	fmt.Println(bank.Transfer(1, 99, 5))
	bank.frozen[2] = true
	err := bank.Transfer(1, 2, 5)
	fmt.Println(err, errors.Is(err, ErrFrozen))
	fmt.Println(bank.Transfer(3, 4, -7))
	fmt.Println(bank.Transfer(3, 3, 1))
	err = bank.Transfer(4, 3, 1_000_000)
	var inf *InsufficientFunds
	fmt.Println(errors.As(err, &inf), inf.ID, inf.Need)

	fmt.Println("audit clean:", len(bank.Audit()) == 0)
	bank.accounts[3].balance += 17 // simulated corruption
	if problems := bank.Audit(); len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, "AUDIT:", p)
		}
		os.Exit(1)
	}
	fmt.Println("not reached")
}

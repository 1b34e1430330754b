// A ledger whose fields are guarded by an embedded sync.Mutex, with
// methods on the pointer, a value copy for reporting, and a defer-unlock.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Entry struct {
	From, To string
	Amount   int
}

type Ledger struct {
	sync.Mutex
	balances map[string]int
	entries  []Entry
}

var ErrFunds = errors.New("insufficient funds")

func NewLedger(initial map[string]int) *Ledger {
	l := &Ledger{balances: make(map[string]int, len(initial))}
	for k, v := range initial {
		l.balances[k] = v
	}
	return l
}

func (l *Ledger) Transfer(from, to string, amt int) error {
	l.Lock()
	defer l.Unlock()
	if l.balances[from] < amt {
		return fmt.Errorf("transfer %s->%s %d: %w", from, to, amt, ErrFunds)
	}
	l.balances[from] -= amt
	l.balances[to] += amt
	l.entries = append(l.entries, Entry{from, to, amt})
	return nil
}

type Snapshot struct {
	Names    []string
	Balances []int
	Count    int
}

func (l *Ledger) Snapshot() Snapshot {
	l.Lock()
	defer l.Unlock()
	var s Snapshot
	for k := range l.balances {
		s.Names = append(s.Names, k)
	}
	sort.Strings(s.Names)
	for _, n := range s.Names {
		s.Balances = append(s.Balances, l.balances[n])
	}
	s.Count = len(l.entries)
	return s
}

func main() {
	l := NewLedger(map[string]int{"alice": 100, "bob": 50, "carol": 0})
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var err error
			switch i % 3 {
			case 0:
				err = l.Transfer("alice", "bob", 7)
			case 1:
				err = l.Transfer("bob", "carol", 5)
			default:
				err = l.Transfer("carol", "alice", 1)
			}
			if errors.Is(err, ErrFunds) {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	s := l.Snapshot()
	sum := 0
	for i, n := range s.Names {
		sum += s.Balances[i]
		_ = n
	}
	fmt.Println("sum", sum, "entries+failures", s.Count+failures)
	fmt.Println(l.Transfer("carol", "bob", 1000))
}

package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amt int) bool {
	from.mu.Lock()
	defer from.mu.Unlock()
	if !to.mu.TryLock() {
		return false
	}
	defer to.mu.Unlock()
	if from.balance < amt {
		return false
	}
	from.balance -= amt
	to.balance += amt
	return true
}

func main() {
	a := &Account{balance: 100}
	b := &Account{balance: 50}
	fmt.Println(transfer(a, b, 30), a.balance, b.balance)
	fmt.Println(transfer(b, a, 500), a.balance, b.balance)
	b.mu.Lock()
	fmt.Println(transfer(a, b, 1), a.balance, b.balance)
	b.mu.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	fmt.Println("TryRLock while read-locked:", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock now:", rw.TryLock())
	fmt.Println("TryRLock while write-locked:", rw.TryRLock())
	rw.Unlock()
	var wg sync.WaitGroup
	for round := 0; round < 3; round++ {
		n := 0
		var mu sync.Mutex
		for i := 0; i < 5; i++ {
			wg.Add(1)
			go func() { defer wg.Done(); mu.Lock(); n++; mu.Unlock() }()
		}
		wg.Wait()
		fmt.Println("round", round, n)
	}
}

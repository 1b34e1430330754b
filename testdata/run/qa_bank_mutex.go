package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
	log      []string
}

func (b *Bank) Transfer(from, to string, amt int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amt {
		return fmt.Errorf("transfer %s->%s of %d: %w", from, to, amt, ErrInsufficient)
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	return nil
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, v := range b.accounts {
		t += v
	}
	return t
}

func main() {
	b := &Bank{accounts: map[string]int{"a": 1000, "b": 1000, "c": 1000}}
	names := []string{"a", "b", "c"}
	var wg sync.WaitGroup
	var fails int
	var fmu sync.Mutex
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			err := b.Transfer(names[i%3], names[(i+1)%3], (i%7)*10)
			if errors.Is(err, ErrInsufficient) {
				fmu.Lock()
				fails++
				fmu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("total conserved:", b.Total() == 3000)
	keys := make([]string, 0)
	for k := range b.accounts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, fails >= 0)
	err := b.Transfer("a", "b", 1<<40)
	fmt.Println(err)
}

package main

import (
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

var ErrBad = errors.New("bad input")

func process(i int) (int, error) {
	if i == 7 {
		return 0, fmt.Errorf("item %d: %w", i, ErrBad)
	}
	return i * i, nil
}

func main() {
	var g Group
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		i := i
		g.Go(func() error {
			v, err := process(i)
			if err != nil {
				return err
			}
			results[i] = v
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("error:", err, errors.Is(err, ErrBad))
	fmt.Println(results)
	var g2 Group
	sum := make([]int, 4)
	for i := range sum {
		i := i
		g2.Go(func() error { sum[i] = i + 100; return nil })
	}
	fmt.Println(g2.Wait(), sum)
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	order := []int{}
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(len(order))
}

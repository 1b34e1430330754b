// Cancelling a pool of workers with context.WithCancel once enough results
// are found, results gathered through a mutex-protected slice and the
// cancellation cause read from ctx.Err().
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Finder struct {
	mu    sync.Mutex
	found []int
	want  int
}

func (f *Finder) add(n int) (enough bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.found) >= f.want {
		return true
	}
	f.found = append(f.found, n)
	return len(f.found) >= f.want
}

func isPerfectSquare(n int) bool {
	for i := 1; i*i <= n; i++ {
		if i*i == n {
			return true
		}
	}
	return false
}

func search(ctx context.Context, cancel context.CancelFunc, f *Finder, nums <-chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case n, ok := <-nums:
			if !ok {
				return
			}
			if isPerfectSquare(n) && f.add(n) {
				cancel()
				return
			}
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	f := &Finder{want: 5}
	nums := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go search(ctx, cancel, f, nums, &wg)
	}
	go func() {
		defer close(nums)
		for n := 1; n < 100000; n++ {
			select {
			case nums <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	wg.Wait()
	sort.Ints(f.found)
	fmt.Println(len(f.found), ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	fmt.Println(f.found[0] >= 1, f.found[len(f.found)-1] <= 10000)

	parent, stop := context.WithCancel(context.Background())
	child := context.WithValue(parent, "user", "ann")
	stop()
	<-child.Done()
	fmt.Println(child.Err(), child.Value("user"), child.Value("missing"))
}

// A bounded blocking queue built on sync.Cond (Wait in a loop, Signal vs
// Broadcast), a barrier for N workers, and context cancellation fanning
// out through a tree of derived contexts. Output is collected per worker
// and sorted, so it does not depend on scheduling.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type BoundedQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
	closed   bool
	maxLen   int
}

var ErrClosed = errors.New("queue closed")

func NewBoundedQueue(n int) *BoundedQueue {
	q := &BoundedQueue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(v int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, v)
	if len(q.items) > q.maxLen {
		q.maxLen = len(q.items)
	}
	q.notEmpty.Signal()
	return nil
}

func (q *BoundedQueue) Get() (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, ErrClosed
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, nil
}

func (q *BoundedQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

type Barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Await() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return gen
	}
	for gen == b.gen {
		b.cond.Wait()
	}
	return gen
}

func main() {
	q := NewBoundedQueue(4)
	var wg sync.WaitGroup
	sums := make([]int, 3)
	counts := make([]int, 3)
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for {
				v, err := q.Get()
				if err != nil {
					return
				}
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	var pw sync.WaitGroup
	for p := 0; p < 2; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for i := 1; i <= 500; i++ {
				q.Put(p*1000 + i)
			}
		}(p)
	}
	pw.Wait()
	q.Close()
	wg.Wait()
	total, n := 0, 0
	for c := range sums {
		total += sums[c]
		n += counts[c]
	}
	fmt.Println("consumed", n, "sum", total, "max queue length <= cap:", q.maxLen <= 4)
	fmt.Println("put after close:", q.Put(1))

	b := NewBarrier(4)
	var mu sync.Mutex
	var log []string
	var bw sync.WaitGroup
	for w := 0; w < 4; w++ {
		bw.Add(1)
		go func(w int) {
			defer bw.Done()
			for phase := 0; phase < 3; phase++ {
				mu.Lock()
				log = append(log, fmt.Sprintf("p%d-w%d", phase, w))
				mu.Unlock()
				g := b.Await()
				if g != phase {
					panic("barrier generation mismatch")
				}
			}
		}(w)
	}
	bw.Wait()
	// Every phase-0 entry precedes every phase-1 entry, and so on.
	ordered := true
	for i := 1; i < len(log); i++ {
		if log[i][1] < log[i-1][1] {
			ordered = false
		}
	}
	sort.Strings(log)
	fmt.Println(len(log), "entries, phases ordered:", ordered, log[0], log[len(log)-1])

	root, cancelRoot := context.WithCancel(context.Background())
	type result struct {
		name string
		err  error
	}
	results := make(chan result, 6)
	spawn := func(ctx context.Context, name string) {
		go func() {
			<-ctx.Done()
			results <- result{name, ctx.Err()}
		}()
	}
	a, cancelA := context.WithCancel(root)
	b1, cancelB1 := context.WithTimeout(a, time.Hour)
	defer cancelB1()
	c, cancelC := context.WithDeadline(root, time.Now().Add(10*time.Millisecond))
	defer cancelC()
	spawn(a, "a")
	spawn(b1, "a/b1")
	spawn(c, "c")
	r := <-results
	fmt.Println("first done:", r.name, r.err, errors.Is(r.err, context.DeadlineExceeded))
	cancelA()
	var names []string
	for i := 0; i < 2; i++ {
		r := <-results
		names = append(names, r.name+"="+r.err.Error())
	}
	sort.Strings(names)
	fmt.Println("after cancelling a:", strings.Join(names, ", "))
	fmt.Println("root still alive:", root.Err() == nil)
	cancelRoot()
	fmt.Println("root:", root.Err(), "a (already):", a.Err())
	<-time.After(time.Millisecond)
}

// A bounded blocking queue with sync.Cond: producers wait while full,
// consumers wait while empty; Broadcast on close.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type BQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
	closed   bool
	maxSeen  int
}

func NewBQueue(n int) *BQueue {
	q := &BQueue{cap: n, items: make([]int, 0, n)}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BQueue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	if len(q.items) > q.maxSeen {
		q.maxSeen = len(q.items)
	}
	q.notEmpty.Signal()
}

func (q *BQueue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	copy(q.items, q.items[1:])
	q.items = q.items[:len(q.items)-1]
	q.notFull.Signal()
	return v, true
}

func (q *BQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := NewBQueue(3)
	var prod, cons sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for c := 0; c < 3; c++ {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				mu.Lock()
				got = append(got, v)
				mu.Unlock()
			}
		}()
	}
	for p := 0; p < 2; p++ {
		prod.Add(1)
		go func(base int) {
			defer prod.Done()
			for i := 0; i < 10; i++ {
				q.Put(base + i)
			}
		}(p * 100)
	}
	prod.Wait()
	q.Close()
	cons.Wait()
	sort.Ints(got)
	fmt.Println(len(got), got[0], got[9], got[10], got[19], "max", q.maxSeen <= 3)
}

package main

import (
	"fmt"
	"sort"
	"sync"
)

type BoundedQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
	closed   bool
}

func NewBoundedQueue(n int) *BoundedQueue {
	q := &BoundedQueue{cap: n, items: make([]int, 0, n)}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *BoundedQueue) Get() (int, bool) {
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

func (q *BoundedQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := NewBoundedQueue(3)
	var prod sync.WaitGroup
	for p := 0; p < 3; p++ {
		prod.Add(1)
		go func(base int) {
			defer prod.Done()
			for i := 0; i < 5; i++ {
				q.Put(base*100 + i)
			}
		}(p)
	}
	results := make(chan []int, 2)
	for c := 0; c < 2; c++ {
		go func() {
			var got []int
			for {
				v, ok := q.Get()
				if !ok {
					break
				}
				got = append(got, v)
			}
			results <- got
		}()
	}
	prod.Wait()
	q.Close()
	all := append(<-results, <-results...)
	sort.Ints(all)
	fmt.Println(len(all), all[0], all[len(all)-1])
	fmt.Println(all)
}

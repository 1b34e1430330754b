// A bounded queue built on sync.Cond (Wait/Signal/Broadcast), producers
// and consumers, with a close that wakes everyone.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	limit    int
	closed   bool
}

func newQueue(limit int) *queue {
	q := &queue{limit: limit}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.limit {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := newQueue(3)
	var prod, cons sync.WaitGroup
	var mu sync.Mutex
	got := []int{}
	for c := 0; c < 3; c++ {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for {
				v, ok := q.get()
				if !ok {
					return
				}
				mu.Lock()
				got = append(got, v)
				mu.Unlock()
			}
		}()
	}
	for p := 0; p < 4; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := 0; i < 5; i++ {
				q.put(p*10 + i)
			}
		}(p)
	}
	prod.Wait()
	q.close()
	cons.Wait()
	sort.Ints(got)
	fmt.Println(len(got), got)
}

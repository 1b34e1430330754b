package main

import (
	"fmt"
	"sync"
)

type Singleton struct{ id int }

var (
	once     sync.Once
	instance *Singleton
	inits    int
)

func Get() *Singleton {
	once.Do(func() {
		inits++
		instance = &Singleton{id: 42}
	})
	return instance
}

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Take() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); Get() }()
	}
	wg.Wait()
	fmt.Println(Get().id, inits, Get() == instance)
	q := NewQueue()
	sum := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 5; i++ {
			s += q.Take()
		}
		sum <- s
	}()
	for i := 1; i <= 5; i++ {
		q.Put(i * i)
	}
	fmt.Println("sum", <-sum)
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	woke := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				c.Wait()
			}
			woke++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woke", woke)
}

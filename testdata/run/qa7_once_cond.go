// Lazy initialization with sync.Once, a bounded queue with sync.Cond, and a
// semaphore made from a buffered channel limiting concurrent workers.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Registry struct {
	once  sync.Once
	names map[string]int
	inits int
}

func (r *Registry) init() {
	r.inits++
	r.names = map[string]int{"zero": 0, "one": 1, "two": 2}
}

func (r *Registry) Lookup(name string) (int, bool) {
	r.once.Do(r.init)
	v, ok := r.names[name]
	return v, ok
}

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
}

func NewQueue(max int) *Queue {
	q := &Queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func main() {
	var reg Registry
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reg.Lookup("one")
		}()
	}
	wg.Wait()
	v, ok := reg.Lookup("two")
	fmt.Println(v, ok, reg.inits)

	q := NewQueue(2)
	var got []int
	var gmu sync.Mutex
	var consumers sync.WaitGroup
	for c := 0; c < 3; c++ {
		consumers.Add(1)
		go func() {
			defer consumers.Done()
			for i := 0; i < 4; i++ {
				x := q.Get()
				gmu.Lock()
				got = append(got, x)
				gmu.Unlock()
			}
		}()
	}
	for i := 0; i < 12; i++ {
		q.Put(i * i)
	}
	consumers.Wait()
	sort.Ints(got)
	fmt.Println(got)

	sem := make(chan struct{}, 2)
	var active, peak int
	var amu sync.Mutex
	var workers sync.WaitGroup
	for i := 0; i < 8; i++ {
		workers.Add(1)
		go func(id int) {
			defer workers.Done()
			sem <- struct{}{}
			amu.Lock()
			active++
			if active > peak {
				peak = active
			}
			amu.Unlock()
			amu.Lock()
			active--
			amu.Unlock()
			<-sem
		}(i)
	}
	workers.Wait()
	fmt.Println("peak <= 2:", peak <= 2, "active:", active)
}

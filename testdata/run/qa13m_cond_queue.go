// A bounded blocking queue built on sync.Mutex and two sync.Conds, used
// by producers and consumers; totals are printed, never the interleaving.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Item struct {
	Producer int
	Seq      int
	Payload  []byte
}

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	buf      []*Item
	head, n  int
	closed   bool
	maxSeen  int
}

var ErrClosed = errors.New("queue closed")

func NewQueue(capacity int) *Queue {
	q := &Queue{buf: make([]*Item, capacity)}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(it *Item) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.n == len(q.buf) && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrClosed
	}
	q.buf[(q.head+q.n)%len(q.buf)] = it
	q.n++
	if q.n > q.maxSeen {
		q.maxSeen = q.n
	}
	q.notEmpty.Signal()
	return nil
}

func (q *Queue) Get() (*Item, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.n == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if q.n == 0 {
		return nil, ErrClosed
	}
	it := q.buf[q.head]
	q.buf[q.head] = nil
	q.head = (q.head + 1) % len(q.buf)
	q.n--
	q.notFull.Signal()
	return it, nil
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

type tally struct {
	mu     sync.Mutex
	bytes  int
	counts map[int]int
	seqs   map[int][]int
}

func (t *tally) add(it *Item) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.bytes += len(it.Payload)
	t.counts[it.Producer]++
	t.seqs[it.Producer] = append(t.seqs[it.Producer], it.Seq)
}

func main() {
	q := NewQueue(4)
	t := &tally{counts: map[int]int{}, seqs: map[int][]int{}}
	var prod, cons sync.WaitGroup
	for p := 1; p <= 3; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for s := 0; s < 10*p; s++ {
				payload := make([]byte, p+s%5)
				if err := q.Put(&Item{Producer: p, Seq: s, Payload: payload}); err != nil {
					fmt.Println("put:", err)
					return
				}
			}
		}(p)
	}
	for c := 0; c < 2; c++ {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for {
				it, err := q.Get()
				if err != nil {
					return
				}
				t.add(it)
			}
		}()
	}
	prod.Wait()
	q.Close()
	cons.Wait()
	ps := make([]int, 0, len(t.counts))
	for p := range t.counts {
		ps = append(ps, p)
	}
	sort.Ints(ps)
	for _, p := range ps {
		s := t.seqs[p]
		sort.Ints(s)
		ok := true
		for i, v := range s {
			if v != i {
				ok = false
			}
		}
		fmt.Printf("producer %d: %d items, all seqs: %v\n", p, t.counts[p], ok)
	}
	fmt.Println("bytes", t.bytes, "max depth <= cap:", q.maxSeen <= 4)
	fmt.Println(q.Put(&Item{}), q.n)
	_, err := q.Get()
	fmt.Println(errors.Is(err, ErrClosed))
}

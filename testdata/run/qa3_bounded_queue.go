// A bounded blocking queue built on sync.Cond, compared with the same
// queue built on a buffered channel. Producers and consumers check their
// totals; the order in which items are consumed is not printed, only
// checksums and counts, so the output is the same on every run.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
)

var ErrClosed = errors.New("queue closed")

type CondQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	head     int
	count    int
	closed   bool
	maxSeen  int
}

func NewCondQueue(capacity int) *CondQueue {
	q := &CondQueue{items: make([]int, capacity)}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *CondQueue) Put(v int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.count == len(q.items) && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrClosed
	}
	q.items[(q.head+q.count)%len(q.items)] = v
	q.count++
	if q.count > q.maxSeen {
		q.maxSeen = q.count
	}
	q.notEmpty.Signal()
	return nil
}

func (q *CondQueue) Get() (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.count == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if q.count == 0 {
		return 0, ErrClosed
	}
	v := q.items[q.head]
	q.head = (q.head + 1) % len(q.items)
	q.count--
	q.notFull.Signal()
	return v, nil
}

func (q *CondQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

type stats struct {
	mu    sync.Mutex
	sum   int
	count int
	per   map[int]int
}

func (s *stats) add(consumer, v int) {
	s.mu.Lock()
	s.sum += v
	s.count++
	s.per[consumer]++
	s.mu.Unlock()
}

func runCond(producers, consumers, perProducer, capacity int) (int, int, int) {
	q := NewCondQueue(capacity)
	st := &stats{per: map[int]int{}}
	var pwg, cwg sync.WaitGroup
	for c := 0; c < consumers; c++ {
		cwg.Add(1)
		go func(id int) {
			defer cwg.Done()
			for {
				v, err := q.Get()
				if err != nil {
					return
				}
				st.add(id, v)
			}
		}(c)
	}
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func(id int) {
			defer pwg.Done()
			for i := 1; i <= perProducer; i++ {
				if err := q.Put(id*1000 + i); err != nil {
					panic(err)
				}
			}
		}(p)
	}
	pwg.Wait()
	q.Close()
	cwg.Wait()
	if err := q.Put(1); !errors.Is(err, ErrClosed) {
		panic("put after close succeeded")
	}
	if q.maxSeen > capacity {
		panic("capacity exceeded")
	}
	return st.sum, st.count, len(st.per)
}

func runChan(producers, consumers, perProducer, capacity int) (int, int) {
	ch := make(chan int, capacity)
	results := make(chan int)
	var pwg sync.WaitGroup
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func(id int) {
			defer pwg.Done()
			for i := 1; i <= perProducer; i++ {
				ch <- id*1000 + i
			}
		}(p)
	}
	go func() {
		pwg.Wait()
		close(ch)
	}()
	for c := 0; c < consumers; c++ {
		go func() {
			sum := 0
			for v := range ch {
				sum += v
			}
			results <- sum
		}()
	}
	total, parts := 0, 0
	for c := 0; c < consumers; c++ {
		total += <-results
		parts++
	}
	return total, parts
}

func expected(producers, perProducer int) int {
	total := 0
	for p := 0; p < producers; p++ {
		for i := 1; i <= perProducer; i++ {
			total += p*1000 + i
		}
	}
	return total
}

func main() {
	configs := [][4]int{{1, 1, 100, 1}, {4, 2, 250, 8}, {2, 6, 500, 3}, {8, 8, 100, 64}}
	var lines []string
	for _, c := range configs {
		sum, n, _ := runCond(c[0], c[1], c[2], c[3])
		csum, parts := runChan(c[0], c[1], c[2], c[3])
		want := expected(c[0], c[2])
		lines = append(lines, fmt.Sprintf("p=%d c=%d n=%-4d cap=%-2d cond: sum=%d ok=%v items=%d | chan: sum=%d ok=%v parts=%d",
			c[0], c[1], c[2], c[3], sum, sum == want, n, csum, csum == want, parts))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	q := NewCondQueue(2)
	q.Put(1)
	q.Close()
	v, err := q.Get()
	fmt.Println("drain after close:", v, err)
	v, err = q.Get()
	fmt.Println("then:", v, err)
	fmt.Println("GOMAXPROCS >= 1:", runtime.GOMAXPROCS(0) >= 1)
}

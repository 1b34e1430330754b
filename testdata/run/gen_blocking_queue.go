// Concurrency inside generic types: a bounded BlockingQueue[T] built on
// sync.Mutex + two sync.Cond, producers and consumers exchanging
// instances of a generic struct, Close waking everyone, a sync.Once-based
// Lazy[T], an RWMutex-guarded Registry[K, V] with atomic counters; final
// totals only (independent of scheduling).
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type BlockingQueue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	buf      []T
	cap      int
	closed   bool
}

func NewBlockingQueue[T any](capacity int) *BlockingQueue[T] {
	q := &BlockingQueue[T]{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BlockingQueue[T]) Put(v T) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.buf) == q.cap && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return false
	}
	q.buf = append(q.buf, v)
	q.notEmpty.Signal()
	return true
}

func (q *BlockingQueue[T]) Take() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.buf) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	var zero T
	if len(q.buf) == 0 {
		return zero, false
	}
	v := q.buf[0]
	q.buf[0] = zero
	q.buf = q.buf[1:]
	q.notFull.Signal()
	return v, true
}

func (q *BlockingQueue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

type Msg[P any] struct {
	From    int
	Payload P
}

type Lazy[T any] struct {
	once sync.Once
	val  T
	init func() T
}

func (l *Lazy[T]) Get() T {
	l.once.Do(func() { l.val = l.init() })
	return l.val
}

type Registry[K comparable, V any] struct {
	mu    sync.RWMutex
	m     map[K]V
	reads atomic.Int64
}

func (r *Registry[K, V]) Set(k K, v V) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.m == nil {
		r.m = make(map[K]V)
	}
	r.m[k] = v
}

func (r *Registry[K, V]) Get(k K) (V, bool) {
	r.reads.Add(1)
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.m[k]
	return v, ok
}

func main() {
	q := NewBlockingQueue[Msg[[]int]](2)
	var prod, cons sync.WaitGroup
	for p := 0; p < 3; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := 0; i < 5; i++ {
				q.Put(Msg[[]int]{p, []int{p, i, p * i}})
			}
		}(p)
	}
	var mu sync.Mutex
	perProducer := map[int]int{}
	total := 0
	for c := 0; c < 2; c++ {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for {
				m, ok := q.Take()
				if !ok {
					return
				}
				mu.Lock()
				perProducer[m.From]++
				total += m.Payload[2]
				mu.Unlock()
			}
		}()
	}
	prod.Wait()
	q.Close()
	cons.Wait()
	fmt.Println(perProducer[0], perProducer[1], perProducer[2], total)
	fmt.Println(q.Put(Msg[[]int]{}), len(q.buf))
	_, ok := q.Take()
	fmt.Println(ok)
	fmt.Printf("%T\n", q)

	calls := int32(0)
	lz := &Lazy[map[string]int]{init: func() map[string]int {
		atomic.AddInt32(&calls, 1)
		return map[string]int{"answer": 42}
	}}
	var wg sync.WaitGroup
	var sum atomic.Int64
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum.Add(int64(lz.Get()["answer"]))
		}()
	}
	wg.Wait()
	fmt.Println(calls, sum.Load())

	var reg Registry[string, []string]
	reg.Set("go", []string{"gc", "gosub"})
	reg.Set("c", []string{"gcc"})
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			reg.Get([]string{"go", "c", "rust"}[i%3])
		}(i)
	}
	wg.Wait()
	v, ok := reg.Get("go")
	keys := make([]string, 0)
	for k := range reg.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(v, ok, reg.reads.Load(), keys)
}

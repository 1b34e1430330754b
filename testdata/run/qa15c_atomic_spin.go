package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SpinLock struct{ state atomic.Uint32 }

func (l *SpinLock) Lock() {
	for !l.state.CompareAndSwap(0, 1) {
		runtime.Gosched()
	}
}

func (l *SpinLock) Unlock() { l.state.Store(0) }

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int64
	ready  atomic.Bool
	last   atomic.Value
}

func (s *Stats) String() string {
	return fmt.Sprintf("hits=%d misses=%d ready=%v", s.hits.Load(), s.misses.Load(), s.ready.Load())
}

func main() {
	var lock SpinLock
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				lock.Lock()
				counter++
				lock.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter)

	st := &Stats{}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%3 == 0 {
				st.misses.Add(1)
			} else {
				st.hits.Add(2)
			}
		}(i)
	}
	wg.Wait()
	st.ready.Store(true)
	st.last.Store("final")
	fmt.Println(st)
	fmt.Println(st.last.Load().(string))
	var u atomic.Uint64
	u.Store(^uint64(0))
	fmt.Println(u.Add(2), u.Swap(7), u.Load())
	var p atomic.Pointer[Stats]
	fmt.Println(p.Load() == nil, p.CompareAndSwap(nil, st), p.Load().hits.Load())
	var i32 int32
	atomic.AddInt32(&i32, -5)
	fmt.Println(atomic.LoadInt32(&i32), atomic.CompareAndSwapInt32(&i32, -5, 9), i32)
}

// The function API of sync/atomic on plain integer fields and a package
// variable: AddInt32, LoadInt64, CompareAndSwapUint64, StoreInt32.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Limiter struct {
	inFlight int32
	limit    int32
	rejected int64
	served   uint64
}

func (l *Limiter) TryAcquire() bool {
	for {
		n := atomic.LoadInt32(&l.inFlight)
		if n >= l.limit {
			atomic.AddInt64(&l.rejected, 1)
			return false
		}
		if atomic.CompareAndSwapInt32(&l.inFlight, n, n+1) {
			return true
		}
	}
}

func (l *Limiter) Release() {
	atomic.AddInt32(&l.inFlight, -1)
	atomic.AddUint64(&l.served, 1)
}

var generation int64

func nextGen() int64 {
	return atomic.AddInt64(&generation, 1)
}

func main() {
	lim := &Limiter{limit: 3}
	var held int
	for i := 0; i < 5; i++ {
		if lim.TryAcquire() {
			held++
		}
	}
	fmt.Println("held", held, "rejected", atomic.LoadInt64(&lim.rejected))
	for i := 0; i < held; i++ {
		lim.Release()
	}

	var wg sync.WaitGroup
	var total int64
	var ok int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if lim.TryAcquire() {
					atomic.AddInt32(&ok, 1)
					atomic.AddInt64(&total, nextGen()%2)
					lim.Release()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("ok", atomic.LoadInt32(&ok), "gens", atomic.LoadInt64(&generation))
	fmt.Println("odd gens", total, "served", atomic.LoadUint64(&lim.served))
	atomic.StoreInt32(&lim.inFlight, 0)
	fmt.Println(atomic.SwapInt32(&lim.limit, 1), lim.limit)
	var flag uint32
	fmt.Println(atomic.CompareAndSwapUint32(&flag, 0, 1), atomic.CompareAndSwapUint32(&flag, 0, 2), flag)
}

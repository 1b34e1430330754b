// Old-style sync/atomic functions: a spin lock from CompareAndSwapInt32,
// counters with AddInt64/AddUint32, and a config pointer swapped with
// atomic.StorePointer/LoadPointer.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

type SpinLock struct{ state int32 }

func (s *SpinLock) Lock() {
	for !atomic.CompareAndSwapInt32(&s.state, 0, 1) {
		runtime.Gosched()
	}
}

func (s *SpinLock) Unlock() { atomic.StoreInt32(&s.state, 0) }

type Config struct {
	Name    string
	Version int
}

var current unsafe.Pointer // *Config

func loadConfig() *Config { return (*Config)(atomic.LoadPointer(&current)) }

func storeConfig(c *Config) { atomic.StorePointer(&current, unsafe.Pointer(c)) }

var (
	hits   int64
	misses uint32
	total  int
)

func main() {
	storeConfig(&Config{"boot", 1})
	var lock SpinLock
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if (i+g)%3 == 0 {
					atomic.AddUint32(&misses, 1)
				} else {
					atomic.AddInt64(&hits, 1)
				}
				lock.Lock()
				total++
				lock.Unlock()
			}
			if g == 3 {
				storeConfig(&Config{"reloaded", 2})
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("hits", atomic.LoadInt64(&hits), "misses", atomic.LoadUint32(&misses), "total", total)
	c := loadConfig()
	fmt.Println(c.Name, c.Version)
	old := atomic.SwapInt64(&hits, 0)
	fmt.Println("old hits", old, "now", hits)
	var flag uint32
	fmt.Println(atomic.CompareAndSwapUint32(&flag, 0, 7), atomic.CompareAndSwapUint32(&flag, 0, 9), flag)
}

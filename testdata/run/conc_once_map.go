// sync.Once for lazy init shared by many goroutines, sync.Map with
// LoadOrStore/Range/Delete, and atomic.Value holding a config.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	workers int
}

var (
	once    sync.Once
	initCnt int32
	table   map[int]string
)

func lookup(i int) string {
	once.Do(func() {
		atomic.AddInt32(&initCnt, 1)
		table = map[int]string{1: "one", 2: "two", 3: "three"}
	})
	return table[i]
}

func main() {
	var wg sync.WaitGroup
	var m sync.Map
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			name := lookup(i%3 + 1)
			actual, loaded := m.LoadOrStore(name, i)
			_ = actual
			_ = loaded
		}(i)
	}
	wg.Wait()
	fmt.Println("inits:", initCnt)
	keys := []string{}
	m.Range(func(k, v interface{}) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	m.Delete("two")
	_, ok := m.Load("two")
	fmt.Println("two present:", ok)

	var cfg atomic.Value
	cfg.Store(config{"initial", 1})
	for i := 2; i <= 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for {
				old := cfg.Load().(config)
				if old.workers >= n {
					return
				}
				if cfg.CompareAndSwap(old, config{fmt.Sprint("v", n), n}) {
					return
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Printf("%+v\n", cfg.Load().(config).workers)
}

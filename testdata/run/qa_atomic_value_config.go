package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Servers []string
}

var current atomic.Value

func load() *Config { return current.Load().(*Config) }

func update(v int) {
	old := load()
	nc := &Config{Version: v, Servers: append([]string{}, old.Servers...)}
	nc.Servers = append(nc.Servers, fmt.Sprint("s", v))
	current.Store(nc)
}

func main() {
	current.Store(&Config{Version: 0, Servers: []string{"s0"}})
	var wg sync.WaitGroup
	var reads atomic.Int64
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c := load()
				if len(c.Servers) != c.Version+1 {
					panic("inconsistent snapshot")
				}
				reads.Add(1)
			}
		}()
	}
	for v := 1; v <= 5; v++ {
		update(v)
	}
	wg.Wait()
	c := load()
	fmt.Println(c.Version, c.Servers, reads.Load())
	var flag int32
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { atomic.StoreInt32(&flag, 1) })
	}
	fmt.Println(atomic.LoadInt32(&flag))
	var u64 uint64
	atomic.AddUint64(&u64, ^uint64(0))
	fmt.Println(u64)
	atomic.AddUint64(&u64, 2)
	fmt.Println(u64)
	defer func() { fmt.Println("recovered:", recover()) }()
	var v atomic.Value
	v.Store(1)
	v.Store("string now")
}

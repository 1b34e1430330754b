// Hot-reloading configuration: readers load an immutable *Config through
// atomic.Pointer[Config]; an atomic.Value holds the current route table.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Limits  map[string]int
	Debug   bool
}

type Routes []string

var current atomic.Pointer[Config]
var routes atomic.Value
var reloads atomic.Int32

func reload(version int, debug bool, limits map[string]int) *Config {
	c := &Config{Version: version, Debug: debug, Limits: make(map[string]int, len(limits))}
	for k, v := range limits {
		c.Limits[k] = v
	}
	old := current.Swap(c)
	reloads.Add(1)
	if old != nil && old.Version >= version {
		current.CompareAndSwap(c, old) // keep the newer one
	}
	return old
}

func limit(name string) int {
	c := current.Load()
	if c == nil {
		return -1
	}
	if v, ok := c.Limits[name]; ok {
		return v
	}
	return 0
}

func setRoutes(rs ...string) {
	cp := make(Routes, len(rs))
	copy(cp, rs)
	sort.Strings(cp)
	routes.Store(cp)
}

func getRoutes() Routes {
	r, _ := routes.Load().(Routes)
	return r
}

func main() {
	fmt.Println(limit("api"), getRoutes() == nil)
	reload(1, false, map[string]int{"api": 10, "db": 3})
	setRoutes("/b", "/a")
	fmt.Println(limit("api"), limit("db"), limit("x"), getRoutes())

	var wg sync.WaitGroup
	var sum atomic.Int64
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				sum.Add(int64(limit("db")))
			}
		}()
	}
	wg.Wait()
	fmt.Println(sum.Load())

	old := reload(3, true, map[string]int{"api": 20})
	fmt.Println(old.Version, current.Load().Version, current.Load().Debug)
	old = reload(2, false, nil)
	fmt.Println(old.Version, current.Load().Version, reloads.Load())
	setRoutes("/z", "/m", "/c")
	fmt.Println(getRoutes(), len(getRoutes()))
	prev := routes.Swap(Routes{"/only"})
	fmt.Println(prev, getRoutes())
	fmt.Println(routes.CompareAndSwap(Routes(nil), Routes{}))
}

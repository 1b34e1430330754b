// Embedded structs: a mutex and a counter set embedded into service
// types; promoted methods on value and pointer receivers.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Counters struct {
	sync.Mutex
	m map[string]int
}

func (c *Counters) Inc(name string) {
	c.Lock()
	if c.m == nil {
		c.m = make(map[string]int)
	}
	c.m[name]++
	c.Unlock()
}

func (c *Counters) Dump() string {
	c.Lock()
	defer c.Unlock()
	keys := make([]string, 0, len(c.m))
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d;", k, c.m[k])
	}
	return b.String()
}

type Named struct{ Name string }

func (n Named) ID() string { return "svc:" + n.Name }

type Service struct {
	Named
	*Counters
	Port int
}

type Cache struct {
	Service
	size int
}

func (c *Cache) Put(k string) {
	c.Inc("put")
	c.size++
	_ = k
}

func (c Cache) Describe() string {
	return fmt.Sprintf("%s port=%d size=%d", c.ID(), c.Port, c.size)
}

func main() {
	shared := &Counters{}
	api := Service{Named{"api"}, shared, 80}
	cache := &Cache{Service: Service{Named: Named{"cache"}, Counters: shared, Port: 6379}}

	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			api.Inc("req")
			if i%2 == 0 {
				cache.Put(fmt.Sprint(i))
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(api.ID(), cache.ID(), cache.Name)
	fmt.Println(shared.Dump())
	fmt.Println(cache.Describe())
	d := cache.Describe
	cache.size = 100
	fmt.Println(d())
	type describer interface{ Describe() string }
	var x describer = cache
	fmt.Println(x.Describe())
	fmt.Printf("%v %+v\n", api.Named, cache.Named)
}

// Mutex-protected structs the idiomatic ways: embedding sync.Mutex (and
// RWMutex) so Lock/Unlock are promoted, a guarded field group with a
// comment convention, lazy initialisation with sync.Once, an
// atomic.Value holding an immutable config snapshot that readers load
// without locks, and a TryLock probe.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Add(key string, n int) {
	c.Lock()
	defer c.Unlock()
	if c.counts == nil {
		c.counts = make(map[string]int)
	}
	c.counts[key] += n
}

func (c *SafeCounter) Snapshot() map[string]int {
	c.Lock()
	defer c.Unlock()
	out := make(map[string]int, len(c.counts))
	for k, v := range c.counts {
		out[k] = v
	}
	return out
}

type Registry struct {
	sync.RWMutex
	byName map[string]int
	names  []string
}

func (r *Registry) Register(name string) int {
	r.Lock()
	defer r.Unlock()
	if id, ok := r.byName[name]; ok {
		return id
	}
	id := len(r.names)
	r.names = append(r.names, name)
	r.byName[name] = id
	return id
}

func (r *Registry) Lookup(name string) (int, bool) {
	r.RLock()
	defer r.RUnlock()
	id, ok := r.byName[name]
	return id, ok
}

type Account struct {
	mu sync.Mutex // guards the fields below
	balance int
	history []int
	// not guarded: set once before sharing
	owner string
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	a.balance += n
	a.history = append(a.history, n)
	a.mu.Unlock()
}

type Config struct {
	Version  int
	Features map[string]bool
	Limits   []int
}

var (
	current    atomic.Value // *Config
	loadOnce   sync.Once
	loadCounts int32
)

func load() *Config {
	loadOnce.Do(func() {
		atomic.AddInt32(&loadCounts, 1)
		current.Store(&Config{Version: 1, Features: map[string]bool{"beta": false}, Limits: []int{10}})
	})
	return current.Load().(*Config)
}

func reload(mutate func(*Config)) *Config {
	old := load()
	next := &Config{Version: old.Version + 1, Features: map[string]bool{}, Limits: append([]int(nil), old.Limits...)}
	for k, v := range old.Features {
		next.Features[k] = v
	}
	mutate(next)
	current.Store(next)
	return next
}

func main() {
	var sc SafeCounter
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				sc.Add([]string{"red", "green", "blue"}[(g+i)%3], 1)
			}
		}(g)
	}
	wg.Wait()
	snap := sc.Snapshot()
	keys := make([]string, 0, len(snap))
	total := 0
	for k, v := range snap {
		keys = append(keys, k)
		total += v
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, snap[k])
	}
	fmt.Println("total", total)

	reg := &Registry{byName: map[string]int{}}
	names := strings.Fields("alpha beta gamma alpha delta beta epsilon")
	ids := make([]int, len(names))
	for i, n := range names {
		wg.Add(1)
		go func(i int, n string) {
			defer wg.Done()
			ids[i] = reg.Register(n)
		}(i, n)
	}
	wg.Wait()
	fmt.Println("distinct:", len(reg.names), "same id for alpha:", ids[0] == ids[3], "beta:", ids[1] == ids[5])
	_, ok := reg.Lookup("zeta")
	id, ok2 := reg.Lookup("gamma")
	fmt.Println(ok, ok2, reg.names[id])

	acct := &Account{owner: "ann"}
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			acct.Deposit(n)
		}(i)
	}
	wg.Wait()
	sort.Ints(acct.history)
	fmt.Println(acct.owner, acct.balance, len(acct.history), acct.history[:3], acct.history[47:])

	var readers sync.WaitGroup
	versions := make([]int, 20)
	for i := range versions {
		readers.Add(1)
		go func(i int) {
			defer readers.Done()
			versions[i] = load().Version
		}(i)
	}
	readers.Wait()
	fmt.Println("loads:", atomic.LoadInt32(&loadCounts), "all v1:", versions[0] == 1 && versions[19] == 1)
	c2 := reload(func(c *Config) { c.Features["beta"] = true; c.Limits = append(c.Limits, 20) })
	c3 := reload(func(c *Config) { c.Limits[0] = 99 })
	fmt.Println(c2.Version, c2.Features, c2.Limits, c3.Version, c3.Limits, load().Version)

	var mu sync.Mutex
	fmt.Println("trylock free:", mu.TryLock())
	fmt.Println("trylock held:", mu.TryLock())
	mu.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("TryRLock with reader:", rw.TryRLock(), "TryLock with reader:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock after readers left:", rw.TryLock())
}

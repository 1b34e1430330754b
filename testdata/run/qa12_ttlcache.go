// A generic cache with TTL, tested against a fake clock.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Clock interface {
	Now() time.Time
}

type FakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *FakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *FakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

type entry[V any] struct {
	val     V
	expires time.Time
}

type Cache[K comparable, V any] struct {
	mu      sync.RWMutex
	clock   Clock
	ttl     time.Duration
	items   map[K]*entry[V]
	hits    int
	misses  int
	onEvict func(K, V)
}

func NewCache[K comparable, V any](c Clock, ttl time.Duration) *Cache[K, V] {
	return &Cache[K, V]{clock: c, ttl: ttl, items: make(map[K]*entry[V])}
}

func (c *Cache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = &entry[V]{val: v, expires: c.clock.Now().Add(c.ttl)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.RLock()
	e, ok := c.items[k]
	c.mu.RUnlock()
	if !ok || !c.clock.Now().Before(e.expires) {
		c.mu.Lock()
		c.misses++
		c.mu.Unlock()
		var zero V
		return zero, false
	}
	c.mu.Lock()
	c.hits++
	c.mu.Unlock()
	return e.val, true
}

func (c *Cache[K, V]) Sweep() int {
	now := c.clock.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for k, e := range c.items {
		if !now.Before(e.expires) {
			if c.onEvict != nil {
				c.onEvict(k, e.val)
			}
			delete(c.items, k)
			n++
		}
	}
	return n
}

func (c *Cache[K, V]) Keys(less func(a, b K) bool) []K {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]K, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return less(keys[i], keys[j]) })
	return keys
}

func (c *Cache[K, V]) Stats() string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return fmt.Sprintf("size=%d hits=%d misses=%d", len(c.items), c.hits, c.misses)
}

type User struct {
	Name  string
	Score int
}

func main() {
	clk := &FakeClock{now: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
	users := NewCache[int, User](clk, 10*time.Second)
	var evicted []string
	users.onEvict = func(id int, u User) {
		evicted = append(evicted, fmt.Sprintf("%d:%s", id, u.Name))
	}
	users.Set(1, User{"ann", 10})
	users.Set(2, User{"bob", 20})
	clk.Advance(6 * time.Second)
	users.Set(3, User{"cyd", 30})
	for _, id := range []int{1, 2, 3, 4} {
		u, ok := users.Get(id)
		fmt.Printf("get %d -> %+v %v\n", id, u, ok)
	}
	clk.Advance(5 * time.Second)
	fmt.Println("swept", users.Sweep(), strings.Join(sortStrings(evicted), ","))
	fmt.Println(users.Keys(func(a, b int) bool { return a < b }), users.Stats())
	fmt.Println("now", clk.Now().Format(time.RFC3339))

	words := NewCache[string, []byte](clk, time.Minute)
	for _, w := range strings.Fields("go is fun and go is fast") {
		b, _ := words.Get(w)
		words.Set(w, append(b, w[0]))
	}
	for _, k := range words.Keys(func(a, b string) bool { return a < b }) {
		v, _ := words.Get(k)
		fmt.Printf("%s=%s ", k, v)
	}
	fmt.Println()
	fmt.Println(words.Stats())
}

func sortStrings(s []string) []string {
	sort.Strings(s)
	return s
}

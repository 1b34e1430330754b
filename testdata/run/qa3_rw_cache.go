// A read-mostly cache guarded by sync.RWMutex with expiry driven by a fake
// clock (so the test is deterministic), singleflight-style deduplication of
// concurrent loads with sync.Once per key, and statistics kept with
// atomics. Readers run concurrently; the printed results are totals.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

type entry struct {
	value   string
	expires time.Time
}

type call struct {
	once sync.Once
	val  string
	err  error
}

type Cache struct {
	mu       sync.RWMutex
	data     map[string]entry
	ttl      time.Duration
	clock    *Clock
	loader   func(string) (string, error)
	inflight sync.Map // key -> *call

	hits, misses, loads, expired atomic.Int64
}

var ErrNoSuchKey = errors.New("no such key")

func NewCache(ttl time.Duration, clk *Clock, loader func(string) (string, error)) *Cache {
	return &Cache{data: map[string]entry{}, ttl: ttl, clock: clk, loader: loader}
}

func (c *Cache) Get(key string) (string, error) {
	now := c.clock.Now()
	c.mu.RLock()
	e, ok := c.data[key]
	c.mu.RUnlock()
	if ok && now.Before(e.expires) {
		c.hits.Add(1)
		return e.value, nil
	}
	if ok {
		c.expired.Add(1)
	}
	c.misses.Add(1)
	v, _ := c.inflight.LoadOrStore(key, &call{})
	cl := v.(*call)
	cl.once.Do(func() {
		c.loads.Add(1)
		cl.val, cl.err = c.loader(key)
		if cl.err == nil {
			c.mu.Lock()
			c.data[key] = entry{cl.val, c.clock.Now().Add(c.ttl)}
			c.mu.Unlock()
		}
	})
	return cl.val, cl.err
}

// Expire drops finished loads so the next miss loads again.
func (c *Cache) Expire() {
	c.inflight.Range(func(k, v interface{}) bool {
		c.inflight.Delete(k)
		return true
	})
}

func (c *Cache) Keys() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]string, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	clk := &Clock{now: time.Date(2023, 1, 1, 12, 0, 0, 0, time.UTC)}
	var loaderCalls atomic.Int32
	db := map[string]string{"alice": "admin", "bob": "dev", "carol": "ops"}
	cache := NewCache(time.Minute, clk, func(k string) (string, error) {
		loaderCalls.Add(1)
		if v, ok := db[k]; ok {
			return strings.ToUpper(v), nil
		}
		return "", fmt.Errorf("load %q: %w", k, ErrNoSuchKey)
	})

	var wg sync.WaitGroup
	var errCount atomic.Int32
	results := make([]string, 50)
	keys := []string{"alice", "bob", "carol", "dave", "alice"}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			v, err := cache.Get(keys[i%len(keys)])
			if err != nil {
				errCount.Add(1)
				if !errors.Is(err, ErrNoSuchKey) {
					panic(err)
				}
				return
			}
			results[i] = v
		}(i)
	}
	wg.Wait()
	fmt.Println("loader calls:", loaderCalls.Load(), "errors:", errCount.Load())
	fmt.Println("hits+misses:", cache.hits.Load()+cache.misses.Load(), "loads:", cache.loads.Load())
	fmt.Println("cached keys:", cache.Keys())
	counts := map[string]int{}
	for _, r := range results {
		counts[r]++
	}
	var summary []string
	for k, v := range counts {
		summary = append(summary, fmt.Sprintf("%q=%d", k, v))
	}
	sort.Strings(summary)
	fmt.Println(strings.Join(summary, " "))

	clk.Advance(30 * time.Second)
	v, _ := cache.Get("bob")
	fmt.Println("after 30s:", v, "hits:", cache.hits.Load() > 0, "expired:", cache.expired.Load())

	clk.Advance(31 * time.Second)
	cache.Expire()
	before := loaderCalls.Load()
	v, _ = cache.Get("bob")
	fmt.Println("after 61s:", v, "reloaded:", loaderCalls.Load() == before+1, "expired:", cache.expired.Load())

	db["dave"] = "intern"
	cache.Expire()
	v, err := cache.Get("dave")
	fmt.Println("dave now:", v, err)
	fmt.Println("final keys:", cache.Keys())
}

// A read-mostly configuration cache guarded by sync.RWMutex, with a
// loader that fills misses exactly once per key (a hand-written
// singleflight using sync.WaitGroup), expiry by a logical clock, and
// statistics in atomics; readers and writers run concurrently and the
// final state is checked.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type entry struct {
	value   string
	expires int64
}

type call struct {
	wg  sync.WaitGroup
	val string
	err error
}

type Cache struct {
	mu       sync.RWMutex
	data     map[string]entry
	inflight map[string]*call
	flightMu sync.Mutex
	clock    atomic.Int64
	ttl      int64
	loader   func(key string) (string, error)

	hits, misses, loads, expired atomic.Int64
}

func NewCache(ttl int64, loader func(string) (string, error)) *Cache {
	return &Cache{
		data:     make(map[string]entry),
		inflight: make(map[string]*call),
		ttl:      ttl,
		loader:   loader,
	}
}

func (c *Cache) Tick(n int64) int64 { return c.clock.Add(n) }

func (c *Cache) lookup(key string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.data[key]
	if !ok {
		return "", false
	}
	if e.expires <= c.clock.Load() {
		c.expired.Add(1)
		return "", false
	}
	return e.value, true
}

func (c *Cache) Get(key string) (string, error) {
	if v, ok := c.lookup(key); ok {
		c.hits.Add(1)
		return v, nil
	}
	c.misses.Add(1)
	c.flightMu.Lock()
	if v, ok := c.lookup(key); ok { // filled while we waited for the lock
		c.flightMu.Unlock()
		return v, nil
	}
	if cl, ok := c.inflight[key]; ok {
		c.flightMu.Unlock()
		cl.wg.Wait()
		return cl.val, cl.err
	}
	cl := &call{}
	cl.wg.Add(1)
	c.inflight[key] = cl
	c.flightMu.Unlock()

	c.loads.Add(1)
	cl.val, cl.err = c.loader(key)
	if cl.err == nil {
		c.mu.Lock()
		c.data[key] = entry{cl.val, c.clock.Load() + c.ttl}
		c.mu.Unlock()
	}
	cl.wg.Done()

	c.flightMu.Lock()
	delete(c.inflight, key)
	c.flightMu.Unlock()
	return cl.val, cl.err
}

func (c *Cache) Set(key, value string) {
	c.mu.Lock()
	c.data[key] = entry{value, c.clock.Load() + c.ttl}
	c.mu.Unlock()
}

func (c *Cache) Purge() int {
	now := c.clock.Load()
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for k, e := range c.data {
		if e.expires <= now {
			delete(c.data, k)
			n++
		}
	}
	return n
}

func (c *Cache) Keys() []string {
	c.mu.RLock()
	keys := make([]string, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	c.mu.RUnlock()
	sort.Strings(keys)
	return keys
}

var ErrNotFound = errors.New("not found")

func main() {
	var loaderCalls sync.Map
	var loadCount atomic.Int32
	backend := map[string]string{"db.host": "10.0.0.1", "db.port": "5432", "log.level": "info", "feature.x": "on"}
	c := NewCache(10, func(key string) (string, error) {
		loadCount.Add(1)
		n, _ := loaderCalls.LoadOrStore(key, new(atomic.Int32))
		n.(*atomic.Int32).Add(1)
		if v, ok := backend[key]; ok {
			return strings.ToUpper(v), nil
		}
		return "", fmt.Errorf("load %q: %w", key, ErrNotFound)
	})

	keys := []string{"db.host", "db.port", "log.level", "feature.x", "missing"}
	var wg sync.WaitGroup
	var errCount atomic.Int32
	for r := 0; r < 16; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if _, err := c.Get(keys[(r+i)%len(keys)]); err != nil {
					errCount.Add(1)
				}
			}
		}(r)
	}
	wg.Wait()
	fmt.Println("keys:", c.Keys())
	fmt.Println("errors for missing:", errCount.Load() == 160)
	fmt.Println("hits+misses:", c.hits.Load()+c.misses.Load(), "expired:", c.expired.Load())
	perKey := map[string]int32{}
	loaderCalls.Range(func(k, v interface{}) bool {
		perKey[k.(string)] = v.(*atomic.Int32).Load()
		return true
	})
	onceEach := true
	for _, k := range keys[:4] {
		if perKey[k] != 1 {
			onceEach = false
		}
	}
	fmt.Println("each present key loaded once:", onceEach, "missing loaded at least once:", perKey["missing"] >= 1)

	v, err := c.Get("db.host")
	fmt.Println(v, err)
	_, err = c.Get("nope")
	fmt.Println(err, errors.Is(err, ErrNotFound))

	c.Tick(5)
	c.Set("log.level", "DEBUG")
	c.Tick(6)
	fmt.Println("purged:", c.Purge(), "left:", c.Keys())
	before := loadCount.Load()
	v, _ = c.Get("db.port")
	fmt.Println("reloaded:", v, loadCount.Load()-before)
	v, _ = c.Get("log.level")
	fmt.Println("still cached:", v, loadCount.Load()-before)

	// Writers and readers together.
	var writes atomic.Int64
	for w := 0; w < 4; w++ {
		wg.Add(2)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.Set(fmt.Sprintf("w%d", w), fmt.Sprint(i))
				writes.Add(1)
			}
		}(w)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.Get("db.port")
			}
		}()
	}
	wg.Wait()
	final := c.Keys()
	vals := make([]string, 0, len(final))
	for _, k := range final {
		v, _ := c.lookup(k)
		vals = append(vals, k+"="+v)
	}
	fmt.Println(writes.Load(), strings.Join(vals, " "))
}

// A sharded generic cache keyed by comparable keys with a hash function
// parameter, per-shard RWMutex, entry pointers and a generic Option type.
package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"sync"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

type entry[V any] struct {
	val  V
	hits int
}

type shard[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]*entry[V]
}

type Cache[K comparable, V any] struct {
	shards []shard[K, V]
	hash   func(K) uint32
}

func New[K comparable, V any](n int, hash func(K) uint32) *Cache[K, V] {
	c := &Cache[K, V]{shards: make([]shard[K, V], n), hash: hash}
	for i := range c.shards {
		c.shards[i].m = make(map[K]*entry[V])
	}
	return c
}

func (c *Cache[K, V]) shardFor(k K) *shard[K, V] {
	return &c.shards[c.hash(k)%uint32(len(c.shards))]
}

func (c *Cache[K, V]) Set(k K, v V) {
	s := c.shardFor(k)
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.m[k]; ok {
		e.val = v
		return
	}
	s.m[k] = &entry[V]{val: v}
}

func (c *Cache[K, V]) Get(k K) Option[V] {
	s := c.shardFor(k)
	s.mu.RLock()
	e, ok := s.m[k]
	s.mu.RUnlock()
	if !ok {
		return None[V]()
	}
	s.mu.Lock()
	e.hits++
	s.mu.Unlock()
	return Some(e.val)
}

func (c *Cache[K, V]) Sizes() []int {
	out := make([]int, len(c.shards))
	for i := range c.shards {
		c.shards[i].mu.RLock()
		out[i] = len(c.shards[i].m)
		c.shards[i].mu.RUnlock()
	}
	return out
}

func (c *Cache[K, V]) Hot(min int) []K {
	var ks []K
	for i := range c.shards {
		s := &c.shards[i]
		s.mu.RLock()
		for k, e := range s.m {
			if e.hits >= min {
				ks = append(ks, k)
			}
		}
		s.mu.RUnlock()
	}
	return ks
}

func strHash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

type point struct{ x, y int }

func pointHash(p point) uint32 { return uint32(p.x*31 + p.y) }

func main() {
	c := New[string, []byte](4, strHash)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				k := "key" + strconv.Itoa(w*25+i)
				c.Set(k, []byte(k))
			}
		}(w)
	}
	wg.Wait()
	total := 0
	for _, n := range c.Sizes() {
		total += n
	}
	fmt.Println("total", total, "shards", len(c.Sizes()))
	for i := 0; i < 10; i++ {
		for j := 0; j <= i%3; j++ {
			c.Get("key" + strconv.Itoa(i))
		}
	}
	hot := c.Hot(3)
	sort.Strings(hot)
	fmt.Println("hot:", hot)
	v, ok := c.Get("key42").Get()
	fmt.Println(string(v), ok, string(c.Get("missing").OrElse([]byte("default"))))
	pc := New[point, string](3, pointHash)
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			pc.Set(point{x, y}, fmt.Sprint(x, ",", y))
		}
	}
	fmt.Println(pc.Sizes(), pc.Get(point{2, 1}).OrElse("?"), pc.Get(point{9, 9}).OrElse("?"))
	o := Some(3.5)
	f, _ := o.Get()
	fmt.Println(f, None[int]().OrElse(-1))
}

// A generic Cache[K, V] with a logical clock: entries expire after a TTL
// measured in ticks, and a Loader fills misses.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type entry[V any] struct {
	val     V
	expires int
}

type Cache[K comparable, V any] struct {
	ttl     int
	now     int
	data    map[K]entry[V]
	load    func(K) (V, error)
	hits    int
	misses  int
}

func NewCache[K comparable, V any](ttl int, load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{ttl: ttl, data: make(map[K]entry[V]), load: load}
}

func (c *Cache[K, V]) Tick(n int) { c.now += n }

func (c *Cache[K, V]) Get(k K) (V, error) {
	if e, ok := c.data[k]; ok && e.expires > c.now {
		c.hits++
		return e.val, nil
	}
	c.misses++
	v, err := c.load(k)
	if err != nil {
		var zero V
		return zero, fmt.Errorf("cache load %v: %w", k, err)
	}
	c.data[k] = entry[V]{val: v, expires: c.now + c.ttl}
	return v, nil
}

func (c *Cache[K, V]) Purge() int {
	n := 0
	for k, e := range c.data {
		if e.expires <= c.now {
			delete(c.data, k)
			n++
		}
	}
	return n
}

func Keys[K comparable, V any](m map[K]V, less func(a, b K) bool) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

var errNeg = errors.New("negative")

type User struct {
	ID   int
	Name string
}

func main() {
	loads := 0
	squares := NewCache(3, func(n int) (int, error) {
		loads++
		if n < 0 {
			return 0, errNeg
		}
		return n * n, nil
	})
	for _, n := range []int{2, 3, 2, -1, 3} {
		v, err := squares.Get(n)
		fmt.Println(n, v, err)
	}
	squares.Tick(3)
	v, _ := squares.Get(2)
	fmt.Println(v, loads, squares.hits, squares.misses)
	fmt.Println("purged", squares.Purge(), Keys(squares.data, func(a, b int) bool { return a < b }))

	users := NewCache(10, func(name string) (*User, error) {
		return &User{ID: len(name), Name: name}, nil
	})
	u1, _ := users.Get("alice")
	u2, _ := users.Get("alice")
	fmt.Println(u1 == u2, *u1)
	_, err := squares.Get(-5)
	fmt.Println(errors.Is(err, errNeg))
}

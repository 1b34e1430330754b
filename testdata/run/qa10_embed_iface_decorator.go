// Decorators built by embedding an interface in a struct: the wrapper
// overrides one method and inherits the rest from the embedded value.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, val string)
	Keys() []string
}

type mapStore struct{ m map[string]string }

func newMapStore() *mapStore { return &mapStore{m: map[string]string{}} }

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mapStore) Set(k, v string)             { s.m[k] = v }
func (s *mapStore) Keys() []string {
	ks := make([]string, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type countingStore struct {
	Store
	gets, sets int
}

func (c *countingStore) Get(k string) (string, bool) {
	c.gets++
	return c.Store.Get(k)
}

func (c *countingStore) Set(k, v string) {
	c.sets++
	c.Store.Set(k, v)
}

type upperStore struct {
	Store
}

func (u upperStore) Set(k, v string) { u.Store.Set(k, strings.ToUpper(v)) }

type readOnly struct {
	Store
	denied []string
}

func (r *readOnly) Set(k, v string) { r.denied = append(r.denied, k) }

func fill(s Store, kv ...string) {
	for i := 0; i+1 < len(kv); i += 2 {
		s.Set(kv[i], kv[i+1])
	}
}

func dump(s Store) string {
	var parts []string
	for _, k := range s.Keys() {
		v, _ := s.Get(k)
		parts = append(parts, k+"="+v)
	}
	return strings.Join(parts, ",")
}

func main() {
	base := newMapStore()
	cs := &countingStore{Store: upperStore{base}}
	fill(cs, "a", "apple", "b", "banana")
	fmt.Println(dump(cs), cs.gets, cs.sets)
	ro := &readOnly{Store: cs}
	fill(ro, "c", "cherry", "a", "avocado")
	fmt.Println(dump(ro), ro.denied, cs.gets, cs.sets)
	var s Store = upperStore{newMapStore()}
	s.Set("x", "xylophone")
	v, ok := s.Get("x")
	fmt.Println(v, ok, len(s.Keys()))
	type named struct {
		Store
		name string
	}
	n := named{base, "base"}
	fmt.Println(n.name, dump(n))
}

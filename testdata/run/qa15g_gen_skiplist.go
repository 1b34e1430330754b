package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~uint | ~float64 | ~string
}

const maxLevel = 6

type node[K Ordered, V any] struct {
	key  K
	val  V
	next [maxLevel]*node[K, V]
}

// SkipList with a deterministic level generator (a xorshift state).
type SkipList[K Ordered, V any] struct {
	head  node[K, V]
	level int
	state uint32
	n     int
}

func New[K Ordered, V any](seed uint32) *SkipList[K, V] {
	return &SkipList[K, V]{level: 1, state: seed}
}

func (s *SkipList[K, V]) randLevel() int {
	lvl := 1
	for lvl < maxLevel {
		s.state ^= s.state << 13
		s.state ^= s.state >> 17
		s.state ^= s.state << 5
		if s.state&3 != 0 {
			break
		}
		lvl++
	}
	return lvl
}

func (s *SkipList[K, V]) Put(k K, v V) bool {
	var update [maxLevel]*node[K, V]
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
		update[i] = x
	}
	if nx := x.next[0]; nx != nil && nx.key == k {
		nx.val = v
		return false
	}
	lvl := s.randLevel()
	for i := s.level; i < lvl; i++ {
		update[i] = &s.head
	}
	if lvl > s.level {
		s.level = lvl
	}
	nn := &node[K, V]{key: k, val: v}
	for i := 0; i < lvl; i++ {
		nn.next[i] = update[i].next[i]
		update[i].next[i] = nn
	}
	s.n++
	return true
}

func (s *SkipList[K, V]) Get(k K) (V, bool) {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
	}
	if nx := x.next[0]; nx != nil && nx.key == k {
		return nx.val, true
	}
	var zero V
	return zero, false
}

// Range calls f in key order from lo (inclusive) until f returns false.
func (s *SkipList[K, V]) Range(lo K, f func(K, V) bool) {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < lo {
			x = x.next[i]
		}
	}
	for x = x.next[0]; x != nil; x = x.next[0] {
		if !f(x.key, x.val) {
			return
		}
	}
}

func (s *SkipList[K, V]) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "skiplist(n=%d, levels=%d):", s.n, s.level)
	s.Range(s.head.key, func(k K, v V) bool {
		fmt.Fprintf(&b, " %v=%v", k, v)
		return true
	})
	return b.String()
}

type Celsius float64

func main() {
	words := New[string, int](2463534242)
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		if !words.Put(w, i) {
			fmt.Println("updated", w)
		}
	}
	fmt.Println(words)
	v, ok := words.Get("fox")
	fmt.Println("fox:", v, ok)
	_, ok = words.Get("cat")
	fmt.Println("cat:", ok)
	words.Range("l", func(k string, v int) bool {
		fmt.Print(k, " ")
		return k < "quick"
	})
	fmt.Println()

	temps := New[Celsius, string](7)
	for _, c := range []Celsius{21.5, -3, 100, 0, 37.2} {
		temps.Put(c, fmt.Sprintf("%.1f°C", float64(c)))
	}
	fmt.Println(temps)
	fmt.Printf("%T\n", temps)
}

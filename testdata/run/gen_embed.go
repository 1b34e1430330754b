// Generic types embedding generic types: a Counter[K] that embeds
// Base[K] (promoted fields and methods, both pointer and value
// receivers), a SafeMap[K,V] embedding sync.Mutex, a generic type
// embedding a pointer to another instance, and method values of
// instantiated types.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Base[K comparable] struct {
	name string
	seen map[K]int
}

func (b *Base[K]) Touch(k K) int {
	if b.seen == nil {
		b.seen = make(map[K]int)
	}
	b.seen[k]++
	return b.seen[k]
}

func (b Base[K]) Count(k K) int { return b.seen[k] }
func (b Base[K]) Name() string  { return b.name }

type Counter[K comparable] struct {
	Base[K]
	total int
}

func (c *Counter[K]) Add(keys ...K) {
	for _, k := range keys {
		c.Touch(k)
		c.total++
	}
}

// Name shadows the promoted Base[K].Name.
func (c Counter[K]) Name() string { return "counter:" + c.Base.Name() }

type SafeMap[K comparable, V any] struct {
	sync.Mutex
	m map[K]V
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.Lock()
	defer s.Unlock()
	if s.m == nil {
		s.m = map[K]V{}
	}
	s.m[k] = f(s.m[k])
}

type Layer[T any] struct {
	*Stack[T]
	depth int
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Top() T   { return s.items[len(s.items)-1] }

type Named interface{ Name() string }

func main() {
	var c Counter[string]
	c.name = "words"
	c.Add("go", "c", "go", "rust", "go")
	fmt.Println(c.Count("go"), c.Count("c"), c.Count("zig"), c.total)
	fmt.Println(c.Name(), c.Base.Name())
	fmt.Println(c.Touch("c"), c.seen["c"])

	var n Named = c
	fmt.Println(n.Name())
	n = c.Base
	fmt.Println(n.Name())
	fmt.Printf("%T\n", n)

	ci := &Counter[[2]int]{Base: Base[[2]int]{name: "pairs"}}
	ci.Add([2]int{1, 2}, [2]int{2, 1}, [2]int{1, 2})
	fmt.Println(ci.Count([2]int{1, 2}), len(ci.seen), ci.Name())

	// method values and method expressions of instances
	add := c.Add
	add("c", "c")
	count := Base[string].Count
	fmt.Println(count(c.Base, "c"), c.total)
	// ((*Counter[string]).Touch, a promoted method through the embedded
	// instance, makes Go 1.19's compiler fail: not used here)
	touch := (*Base[string]).Touch
	fmt.Println(touch(&c.Base, "new"), touch(&c.Base, "new"))

	var sm SafeMap[string, []int]
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := "odd"
			if i%2 == 0 {
				key = "even"
			}
			sm.Update(key, func(v []int) []int { return append(v, i) })
		}(i)
	}
	wg.Wait()
	for _, k := range []string{"even", "odd"} {
		v := sm.m[k]
		sort.Ints(v)
		fmt.Println(k, v)
	}

	shared := &Stack[string]{}
	l1 := Layer[string]{shared, 1}
	l2 := Layer[string]{Stack: shared, depth: 2}
	l1.Push("from l1")
	l2.Push("from l2")
	fmt.Println(l1.Top(), len(shared.items), l1.items[0])
	fmt.Printf("%T %T\n", l1, l1.Stack)
}

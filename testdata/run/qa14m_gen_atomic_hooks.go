// Hooks published through atomic.Pointer inside generic code: a method
// value of the pointer's Load bound in an instance, swapped handler lists,
// and a CompareAndSwap retry loop over a slice snapshot.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type handler[E any] struct {
	name string
	fn   func(E) string
}

type Bus[E any] struct {
	hooks atomic.Pointer[[]handler[E]]
	fired atomic.Int64
}

func (b *Bus[E]) On(name string, fn func(E) string) {
	for {
		old := b.hooks.Load()
		var next []handler[E]
		if old != nil {
			next = append(next, *old...)
		}
		next = append(next, handler[E]{name, fn})
		if b.hooks.CompareAndSwap(old, &next) {
			return
		}
	}
}

func (b *Bus[E]) Emit(e E) []string {
	load := b.hooks.Load // a method value of the instance's pointer
	hs := load()
	if hs == nil {
		return nil
	}
	out := make([]string, 0, len(*hs))
	for _, h := range *hs {
		out = append(out, h.name+"="+h.fn(e))
		b.fired.Add(1)
	}
	return out
}

func (b *Bus[E]) Off(name string) bool {
	old := b.hooks.Load()
	if old == nil {
		return false
	}
	var next []handler[E]
	for _, h := range *old {
		if h.name != name {
			next = append(next, h)
		}
	}
	return b.hooks.CompareAndSwap(old, &next)
}

type click struct {
	x, y int
}

func main() {
	var b Bus[click]
	fmt.Println(b.Emit(click{0, 0}))
	b.On("pos", func(c click) string { return fmt.Sprint(c.x, ",", c.y) })
	b.On("sum", func(c click) string { return fmt.Sprint(c.x + c.y) })
	fmt.Println(b.Emit(click{3, 4}))
	fmt.Println(b.Off("pos"), b.Emit(click{1, 1}), b.fired.Load())

	var sb Bus[string]
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sb.On(fmt.Sprint("h", i), func(s string) string { return strings.Repeat(s, i+1) })
		}(i)
	}
	wg.Wait()
	res := sb.Emit("ab")
	sort.Strings(res)
	fmt.Println(res)
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event interface {
	Kind() string
}

type Click struct{ X, Y int }
type Key struct{ Code rune }
type Resize struct{ W, H int }

func (Click) Kind() string  { return "click" }
func (Key) Kind() string    { return "key" }
func (Resize) Kind() string { return "resize" }

type Handler[E Event] func(E) string

type Bus struct {
	handlers map[string][]func(Event) string
	log      []string
}

func Subscribe[E Event](b *Bus, h Handler[E]) {
	var zero E
	k := zero.Kind()
	if b.handlers == nil {
		b.handlers = map[string][]func(Event) string{}
	}
	b.handlers[k] = append(b.handlers[k], func(e Event) string {
		return h(e.(E))
	})
}

func (b *Bus) Publish(events ...Event) {
	for _, e := range events {
		hs := b.handlers[e.Kind()]
		if len(hs) == 0 {
			b.log = append(b.log, "unhandled "+e.Kind())
			continue
		}
		for _, h := range hs {
			b.log = append(b.log, h(e))
		}
	}
}

type Counter[K comparable] map[K]int

func (c Counter[K]) Inc(k K) { c[k]++ }

func (c Counter[K]) Top(less func(a, b K) bool) []K {
	keys := make([]K, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if c[keys[i]] != c[keys[j]] {
			return c[keys[i]] > c[keys[j]]
		}
		return less(keys[i], keys[j])
	})
	return keys
}

func main() {
	var b Bus
	clicks := Counter[Click]{}
	keys := Counter[rune]{}
	Subscribe(&b, func(c Click) string {
		clicks.Inc(c)
		return fmt.Sprintf("click at %d,%d", c.X, c.Y)
	})
	Subscribe(&b, Handler[Key](func(k Key) string {
		keys.Inc(k.Code)
		return fmt.Sprintf("key %q", k.Code)
	}))
	Subscribe(&b, func(c Click) string { return "second click handler" })
	b.Publish(Click{1, 2}, Key{'a'}, Resize{800, 600}, Key{'b'}, Click{1, 2}, Key{'a'}, Click{5, 5})
	fmt.Println(strings.Join(b.log, "\n"))
	for _, k := range keys.Top(func(a, b rune) bool { return a < b }) {
		fmt.Printf("%c=%d ", k, keys[k])
	}
	fmt.Println()
	top := clicks.Top(func(a, b Click) bool { return a.X < b.X })
	fmt.Println(top, clicks[top[0]])
	words := Counter[string]{}
	for _, w := range strings.Fields("a b a c b a d") {
		words.Inc(w)
	}
	fmt.Println(words.Top(func(a, b string) bool { return a < b }))
}

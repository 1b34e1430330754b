// An event bus: topics map to subscriber lists guarded by an RWMutex;
// handlers are method values and closures; events are interface values.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Event interface {
	Topic() string
}

type UserCreated struct {
	Name string
	Age  int
}

func (UserCreated) Topic() string { return "user.created" }

type OrderPlaced struct {
	ID    int
	Items []string
	Total float64
}

func (*OrderPlaced) Topic() string { return "order.placed" }

type Handler func(Event) error

type Bus struct {
	mu     sync.RWMutex
	subs   map[string][]Handler
	errors []error
	sent   int
}

func NewBus() *Bus {
	return &Bus{subs: map[string][]Handler{}}
}

func (b *Bus) Subscribe(topic string, h Handler) func() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subs[topic] = append(b.subs[topic], h)
	idx := len(b.subs[topic]) - 1
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		hs := b.subs[topic]
		if idx < len(hs) {
			hs[idx] = nil
		}
	}
}

func (b *Bus) Publish(e Event) {
	b.mu.RLock()
	hs := append([]Handler(nil), b.subs[e.Topic()]...)
	b.mu.RUnlock()
	for _, h := range hs {
		if h == nil {
			continue
		}
		if err := h(e); err != nil {
			b.mu.Lock()
			b.errors = append(b.errors, err)
			b.mu.Unlock()
		}
		b.sent++
	}
}

type Audit struct {
	lines []string
}

func (a *Audit) OnUser(e Event) error {
	u := e.(UserCreated)
	a.lines = append(a.lines, fmt.Sprintf("user %s (%d)", u.Name, u.Age))
	if u.Age < 18 {
		return fmt.Errorf("audit: %s is under age", u.Name)
	}
	return nil
}

func (a *Audit) OnOrder(e Event) error {
	o := e.(*OrderPlaced)
	a.lines = append(a.lines, fmt.Sprintf("order %d: %s = %.2f", o.ID, strings.Join(o.Items, "+"), o.Total))
	return nil
}

type Stats struct {
	byTopic map[string]int
}

func (s *Stats) Counter(topic string) Handler {
	return func(e Event) error {
		s.byTopic[topic]++
		return nil
	}
}

func main() {
	bus := NewBus()
	audit := &Audit{}
	stats := &Stats{byTopic: map[string]int{}}
	bus.Subscribe("user.created", audit.OnUser)
	unsub := bus.Subscribe("order.placed", audit.OnOrder)
	bus.Subscribe("user.created", stats.Counter("users"))
	bus.Subscribe("order.placed", stats.Counter("orders"))
	var big []int
	bus.Subscribe("order.placed", func(e Event) error {
		if o := e.(*OrderPlaced); o.Total > 50 {
			big = append(big, o.ID)
		}
		return nil
	})

	bus.Publish(UserCreated{"ada", 36})
	bus.Publish(UserCreated{"kid", 9})
	for i := 1; i <= 4; i++ {
		items := make([]string, 0, i)
		for j := 0; j < i; j++ {
			items = append(items, string(rune('a'+j)))
		}
		bus.Publish(&OrderPlaced{ID: i, Items: items, Total: float64(i*i) * 7.5})
		if i == 2 {
			unsub()
		}
	}
	for _, l := range audit.lines {
		fmt.Println(l)
	}
	keys := make([]string, 0, len(stats.byTopic))
	for k := range stats.byTopic {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, stats.byTopic[k])
	}
	fmt.Println("big orders:", big, "sent:", bus.sent)
	for _, err := range bus.errors {
		fmt.Println("error:", err)
	}
}

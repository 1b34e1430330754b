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
	ID   int
	Name string
}
type OrderPlaced struct {
	OrderID int
	UserID  int
	Total   float64
}
type Shutdown struct{}

func (UserCreated) Topic() string  { return "user" }
func (*OrderPlaced) Topic() string { return "order" }
func (Shutdown) Topic() string     { return "sys" }

type Handler func(Event) error

type Subscription struct {
	id    int
	topic string
	h     Handler
	bus   *Bus
}

func (s *Subscription) Cancel() { s.bus.unsubscribe(s) }

type Bus struct {
	mu     sync.Mutex
	subs   map[string][]*Subscription
	nextID int
	log    []string
	errs   []error
}

func NewBus() *Bus { return &Bus{subs: map[string][]*Subscription{}} }

func (b *Bus) Subscribe(topic string, h Handler) *Subscription {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	s := &Subscription{id: b.nextID, topic: topic, h: h, bus: b}
	b.subs[topic] = append(b.subs[topic], s)
	return s
}

func (b *Bus) unsubscribe(s *Subscription) {
	b.mu.Lock()
	defer b.mu.Unlock()
	list := b.subs[s.topic]
	for i, x := range list {
		if x == s {
			b.subs[s.topic] = append(list[:i:i], list[i+1:]...)
			return
		}
	}
}

func (b *Bus) Publish(e Event) int {
	b.mu.Lock()
	subs := append([]*Subscription(nil), b.subs[e.Topic()]...)
	b.mu.Unlock()
	n := 0
	for _, s := range subs {
		if err := b.safeCall(s, e); err != nil {
			b.mu.Lock()
			b.errs = append(b.errs, err)
			b.mu.Unlock()
			continue
		}
		n++
	}
	return n
}

func (b *Bus) safeCall(s *Subscription, e Event) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("handler %d panicked: %v", s.id, r)
		}
	}()
	return s.h(e)
}

type Audit struct {
	mu    sync.Mutex
	lines []string
}

func (a *Audit) Record(e Event) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	switch ev := e.(type) {
	case UserCreated:
		a.lines = append(a.lines, fmt.Sprintf("user %d %s", ev.ID, ev.Name))
	case *OrderPlaced:
		a.lines = append(a.lines, fmt.Sprintf("order %d by %d: %.2f", ev.OrderID, ev.UserID, ev.Total))
	default:
		a.lines = append(a.lines, fmt.Sprintf("other %T", ev))
	}
	return nil
}

type Counter map[string]int

func (c Counter) Handle(e Event) error {
	c[e.Topic()]++
	return nil
}

func main() {
	bus := NewBus()
	audit := &Audit{}
	counts := Counter{}
	bus.Subscribe("user", audit.Record)
	bus.Subscribe("order", audit.Record)
	bus.Subscribe("sys", audit.Record)
	for _, t := range []string{"user", "order", "sys"} {
		bus.Subscribe(t, counts.Handle)
	}
	revenue := 0.0
	big := bus.Subscribe("order", func(e Event) error {
		o := e.(*OrderPlaced)
		revenue += o.Total
		if o.Total > 100 {
			return fmt.Errorf("order %d too big", o.OrderID)
		}
		return nil
	})
	bus.Subscribe("user", func(e Event) error {
		if u := e.(UserCreated); u.Name == "" {
			panic("empty name")
		}
		return nil
	})
	fmt.Println(bus.Publish(UserCreated{1, "ann"}))
	fmt.Println(bus.Publish(UserCreated{2, ""}))
	fmt.Println(bus.Publish(&OrderPlaced{10, 1, 99.5}))
	fmt.Println(bus.Publish(&OrderPlaced{11, 2, 150}))
	big.Cancel()
	fmt.Println(bus.Publish(&OrderPlaced{12, 1, 500}))
	fmt.Println(bus.Publish(Shutdown{}))

	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			bus.Publish(UserCreated{100 + i, fmt.Sprint("g", i)})
		}(i)
	}
	wg.Wait()
	sort.Strings(audit.lines)
	fmt.Println(strings.Join(audit.lines, "\n"))
	for _, e := range bus.errs {
		fmt.Println("error:", e)
	}
	keys := make([]string, 0)
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, ":", counts[k], " ")
	}
	fmt.Printf("\nrevenue %.1f\n", revenue)
	var ev Event = &OrderPlaced{}
	_, isUser := ev.(UserCreated)
	fmt.Printf("%T %v %+v\n", ev, isUser, ev)
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload any
	Seq     int
}

type Handler func(e *Event) bool

type Bus struct {
	subs   map[string][]Handler
	seq    int
	queue  []*Event
	counts map[string]int
}

func NewBus() *Bus {
	return &Bus{subs: map[string][]Handler{}, counts: map[string]int{}}
}

func (b *Bus) Subscribe(topic string, h Handler) func() {
	b.subs[topic] = append(b.subs[topic], h)
	idx := len(b.subs[topic]) - 1
	return func() {
		hs := b.subs[topic]
		hs[idx] = nil
	}
}

func (b *Bus) Publish(topic string, payload any) {
	b.seq++
	b.queue = append(b.queue, &Event{Topic: topic, Payload: payload, Seq: b.seq})
}

func (b *Bus) Drain() int {
	n := 0
	for len(b.queue) > 0 {
		e := b.queue[0]
		b.queue[0] = nil
		b.queue = b.queue[1:]
		for _, h := range b.subs[e.Topic] {
			if h == nil {
				continue
			}
			if h(e) {
				b.counts[e.Topic]++
			}
			n++
		}
	}
	return n
}

type Audit struct {
	lines []string
}

func (a *Audit) Record(e *Event) bool {
	a.lines = append(a.lines, fmt.Sprintf("#%d %s %v", e.Seq, e.Topic, e.Payload))
	return true
}

type Totals struct {
	sum   int
	names map[string]int
}

func (t *Totals) OnOrder(e *Event) bool {
	o, ok := e.Payload.(Order)
	if !ok {
		return false
	}
	t.sum += o.Qty * o.Price
	t.names[o.Item] += o.Qty
	return true
}

type Order struct {
	Item       string
	Qty, Price int
}

func (o Order) String() string { return fmt.Sprintf("%dx%s@%d", o.Qty, o.Item, o.Price) }

func main() {
	bus := NewBus()
	audit := &Audit{}
	tot := &Totals{names: map[string]int{}}
	record := audit.Record
	bus.Subscribe("order", record)
	bus.Subscribe("user", record)
	cancel := bus.Subscribe("order", tot.OnOrder)
	bus.Subscribe("user", func(e *Event) bool {
		if name, ok := e.Payload.(string); ok && strings.HasPrefix(name, "a") {
			bus.Publish("order", Order{"welcome-kit", 1, 0})
			return true
		}
		return false
	})

	bus.Publish("order", Order{"apple", 3, 5})
	bus.Publish("user", "alice")
	bus.Publish("order", Order{"pear", 2, 7})
	bus.Publish("user", "bob")
	bus.Publish("order", 42)
	fmt.Println("delivered", bus.Drain())
	cancel()
	bus.Publish("order", Order{"plum", 10, 1})
	fmt.Println("delivered", bus.Drain())

	for _, l := range audit.lines {
		fmt.Println(l)
	}
	keys := make([]string, 0, len(tot.names))
	for k := range tot.names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("sum", tot.sum, keys, tot.names)
	fmt.Println(bus.counts)
}

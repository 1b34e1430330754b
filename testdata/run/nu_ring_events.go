// Two small building blocks from an "event-driven Go" tutorial: a
// fixed-size ring buffer that overwrites the oldest entry (a log tail),
// and an event bus with typed handlers registered per topic, wildcard
// subscribers, unsubscribe by token and panics isolated per handler.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Ring struct {
	buf   []string
	start int
	n     int
	drops int
}

func NewRing(size int) *Ring { return &Ring{buf: make([]string, size)} }

func (r *Ring) Push(s string) {
	if r.n < len(r.buf) {
		r.buf[(r.start+r.n)%len(r.buf)] = s
		r.n++
		return
	}
	r.buf[r.start] = s
	r.start = (r.start + 1) % len(r.buf)
	r.drops++
}

func (r *Ring) Pop() (string, bool) {
	if r.n == 0 {
		return "", false
	}
	s := r.buf[r.start]
	r.buf[r.start] = ""
	r.start = (r.start + 1) % len(r.buf)
	r.n--
	return s, true
}

func (r *Ring) Items() []string {
	out := make([]string, r.n)
	for i := 0; i < r.n; i++ {
		out[i] = r.buf[(r.start+i)%len(r.buf)]
	}
	return out
}

func (r *Ring) Do(f func(i int, s string) bool) {
	for i := 0; i < r.n; i++ {
		if !f(i, r.buf[(r.start+i)%len(r.buf)]) {
			return
		}
	}
}

type Event struct {
	Topic   string
	Payload interface{}
}

type Handler func(Event) error

type sub struct {
	id      int
	pattern string
	h       Handler
}

type Bus struct {
	subs   []sub
	nextID int
	log    *Ring
	errs   []error
}

func NewBus(logSize int) *Bus { return &Bus{log: NewRing(logSize)} }

func match(pattern, topic string) bool {
	if pattern == "*" {
		return true
	}
	if strings.HasSuffix(pattern, ".*") {
		return strings.HasPrefix(topic, strings.TrimSuffix(pattern, "*"))
	}
	return pattern == topic
}

func (b *Bus) Subscribe(pattern string, h Handler) (unsubscribe func() bool) {
	b.nextID++
	id := b.nextID
	b.subs = append(b.subs, sub{id, pattern, h})
	return func() bool {
		for i, s := range b.subs {
			if s.id == id {
				b.subs = append(b.subs[:i], b.subs[i+1:]...)
				return true
			}
		}
		return false
	}
}

var ErrHandlerPanic = errors.New("handler panicked")

func (b *Bus) call(s sub, e Event) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("sub %d on %q: %w: %v", s.id, e.Topic, ErrHandlerPanic, r)
		}
	}()
	return s.h(e)
}

func (b *Bus) Publish(topic string, payload interface{}) int {
	e := Event{topic, payload}
	delivered := 0
	for _, s := range b.subs {
		if !match(s.pattern, topic) {
			continue
		}
		if err := b.call(s, e); err != nil {
			b.errs = append(b.errs, err)
			b.log.Push("ERR " + err.Error())
			continue
		}
		delivered++
	}
	b.log.Push(fmt.Sprintf("%s -> %d", topic, delivered))
	return delivered
}

type Order struct {
	ID    int
	Total float64
}

func main() {
	r := NewRing(3)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		r.Push(s)
	}
	fmt.Println(r.Items(), r.drops, r.n)
	v, ok := r.Pop()
	fmt.Println(v, ok, r.Items())
	r.Push("f")
	r.Push("g")
	r.Do(func(i int, s string) bool {
		fmt.Print(i, ":", s, " ")
		return i < 1
	})
	fmt.Println()
	for {
		if _, ok := r.Pop(); !ok {
			break
		}
	}
	fmt.Println(r.Items(), len(r.Items()), r.buf)

	bus := NewBus(5)
	totals := map[string]float64{}
	var audit []string
	bus.Subscribe("order.created", func(e Event) error {
		o := e.Payload.(Order)
		totals["created"] += o.Total
		return nil
	})
	unsubPaid := bus.Subscribe("order.paid", func(e Event) error {
		o, ok := e.Payload.(Order)
		if !ok {
			return fmt.Errorf("order.paid: unexpected payload %T", e.Payload)
		}
		totals["paid"] += o.Total
		return nil
	})
	bus.Subscribe("order.*", func(e Event) error {
		audit = append(audit, e.Topic)
		return nil
	})
	bus.Subscribe("*", func(e Event) error {
		if e.Payload == nil {
			panic("nil payload on " + e.Topic)
		}
		return nil
	})

	fmt.Println(bus.Publish("order.created", Order{1, 9.5}))
	fmt.Println(bus.Publish("order.created", Order{2, 20}))
	fmt.Println(bus.Publish("order.paid", Order{1, 9.5}))
	fmt.Println(bus.Publish("order.paid", "not an order"))
	fmt.Println(bus.Publish("user.login", nil))
	fmt.Println(unsubPaid(), unsubPaid())
	fmt.Println(bus.Publish("order.paid", Order{2, 20}))
	fmt.Println(bus.Publish("order.shipped", Order{2, 0}))

	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s %6.2f\n", k, totals[k])
	}
	fmt.Println("audit:", audit)
	fmt.Println("errors:", len(bus.errs))
	for _, err := range bus.errs {
		fmt.Println(" ", err, errors.Is(err, ErrHandlerPanic))
	}
	fmt.Println("log tail (dropped", bus.log.drops, "):")
	for _, l := range bus.log.Items() {
		fmt.Println(" ", l)
	}
	fmt.Println(len(bus.subs), match("a.*", "a.b.c"), match("a.*", "ab"), match("*", ""))
}

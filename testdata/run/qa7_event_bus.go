// An in-process event bus: subscribers register handlers (closures and
// method values), events are published through buffered channels to a
// goroutine per subscriber, and Close waits for all of them.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Event struct {
	Topic   string
	Payload map[string]string
	Seq     int
}

type Handler func(Event)

type subscriber struct {
	name string
	ch   chan Event
	h    Handler
}

type Bus struct {
	mu   sync.Mutex
	subs map[string][]*subscriber
	wg   sync.WaitGroup
	seq  int
}

func NewBus() *Bus { return &Bus{subs: map[string][]*subscriber{}} }

func (b *Bus) Subscribe(topic, name string, h Handler) {
	s := &subscriber{name: name, ch: make(chan Event, 4), h: h}
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], s)
	b.mu.Unlock()
	b.wg.Add(1)
	go s.loop(&b.wg)
}

func (s *subscriber) loop(wg *sync.WaitGroup) {
	defer wg.Done()
	for ev := range s.ch {
		s.h(ev)
	}
}

func (b *Bus) Publish(topic string, kv ...string) int {
	payload := make(map[string]string, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		payload[kv[i]] = kv[i+1]
	}
	b.mu.Lock()
	b.seq++
	ev := Event{Topic: topic, Payload: payload, Seq: b.seq}
	subs := b.subs[topic]
	b.mu.Unlock()
	for _, s := range subs {
		s.ch <- ev
	}
	return len(subs)
}

func (b *Bus) Close() {
	b.mu.Lock()
	for _, list := range b.subs {
		for _, s := range list {
			close(s.ch)
		}
	}
	b.mu.Unlock()
	b.wg.Wait()
}

type Audit struct {
	mu    sync.Mutex
	lines []string
}

func (a *Audit) Record(ev Event) {
	keys := make([]string, 0, len(ev.Payload))
	for k := range ev.Payload {
		keys = append(keys, k+"="+ev.Payload[k])
	}
	sort.Strings(keys)
	a.mu.Lock()
	a.lines = append(a.lines, fmt.Sprintf("#%d %s {%s}", ev.Seq, ev.Topic, strings.Join(keys, ",")))
	a.mu.Unlock()
}

func main() {
	bus := NewBus()
	audit := &Audit{}
	var mu sync.Mutex
	totals := map[string]int{}
	bus.Subscribe("order", "audit", audit.Record)
	bus.Subscribe("user", "audit", audit.Record)
	bus.Subscribe("order", "count", func(ev Event) {
		mu.Lock()
		totals[ev.Payload["item"]]++
		mu.Unlock()
	})
	n := 0
	n += bus.Publish("order", "item", "book", "qty", "2")
	n += bus.Publish("user", "name", "ann")
	n += bus.Publish("order", "item", "pen")
	n += bus.Publish("order", "item", "book", "odd")
	n += bus.Publish("nobody", "x", "y")
	bus.Close()
	sort.Strings(audit.lines)
	for _, l := range audit.lines {
		fmt.Println(l)
	}
	fmt.Println("deliveries", n, "totals", totals)
}

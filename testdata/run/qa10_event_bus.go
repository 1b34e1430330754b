// An event bus: subscribers register closures; each subscription owns a
// buffered channel drained by its own goroutine; Close waits for all.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Event struct {
	Topic string
	Data  int
}

type subscription struct {
	topic string
	ch    chan Event
}

type Bus struct {
	mu   sync.Mutex
	subs []*subscription
	wg   sync.WaitGroup
}

func (b *Bus) Subscribe(topic string, handler func(Event)) {
	s := &subscription{topic: topic, ch: make(chan Event, 4)}
	b.mu.Lock()
	b.subs = append(b.subs, s)
	b.mu.Unlock()
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		for e := range s.ch {
			handler(e)
		}
	}()
}

func (b *Bus) Publish(e Event) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for _, s := range b.subs {
		if s.topic == e.Topic || s.topic == "*" {
			s.ch <- e
			n++
		}
	}
	return n
}

func (b *Bus) Close() {
	b.mu.Lock()
	for _, s := range b.subs {
		close(s.ch)
	}
	b.subs = nil
	b.mu.Unlock()
	b.wg.Wait()
}

type Collector struct {
	mu  sync.Mutex
	got []string
}

func (c *Collector) Handler(name string) func(Event) {
	return func(e Event) {
		c.mu.Lock()
		c.got = append(c.got, fmt.Sprintf("%s<-%s:%d", name, e.Topic, e.Data))
		c.mu.Unlock()
	}
}

func main() {
	var bus Bus
	col := &Collector{}
	sum := 0
	var sumMu sync.Mutex
	bus.Subscribe("orders", col.Handler("billing"))
	bus.Subscribe("orders", col.Handler("shipping"))
	bus.Subscribe("*", col.Handler("audit"))
	bus.Subscribe("payments", func(e Event) {
		sumMu.Lock()
		sum += e.Data
		sumMu.Unlock()
	})
	delivered := 0
	for i := 1; i <= 3; i++ {
		delivered += bus.Publish(Event{"orders", i})
		delivered += bus.Publish(Event{"payments", i * 100})
	}
	delivered += bus.Publish(Event{"unknown", 0})
	bus.Close()
	sort.Strings(col.got)
	fmt.Println(delivered, sum)
	fmt.Println(strings.Join(col.got, "\n"))
}

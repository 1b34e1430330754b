package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Message struct {
	Topic   string
	Payload string
	Seq     uint64
}

type subscriber struct {
	id     int
	topics map[string]bool
	ch     chan Message
	got    []Message
	done   chan struct{}
}

type Broker struct {
	mu        sync.RWMutex
	subs      map[int]*subscriber
	nextID    int
	seq       uint64
	published int64
	delivered int64
	dropped   int64
	subReq    chan chan int
}

func NewBroker() *Broker {
	return &Broker{subs: map[int]*subscriber{}, subReq: make(chan chan int)}
}

func (b *Broker) Subscribe(ctx context.Context, buf int, topics ...string) *subscriber {
	b.mu.Lock()
	b.nextID++
	s := &subscriber{id: b.nextID, topics: map[string]bool{}, ch: make(chan Message, buf), done: make(chan struct{})}
	for _, t := range topics {
		s.topics[t] = true
	}
	b.subs[s.id] = s
	b.mu.Unlock()
	go func() {
		defer close(s.done)
		for {
			select {
			case m, ok := <-s.ch:
				if !ok {
					return
				}
				s.got = append(s.got, m)
				atomic.AddInt64(&b.delivered, 1)
			case <-ctx.Done():
				for m := range s.ch {
					s.got = append(s.got, m)
					atomic.AddInt64(&b.delivered, 1)
				}
				return
			}
		}
	}()
	return s
}

func (b *Broker) Publish(topic, payload string) int {
	seq := atomic.AddUint64(&b.seq, 1)
	atomic.AddInt64(&b.published, 1)
	m := Message{topic, payload, seq}
	b.mu.RLock()
	defer b.mu.RUnlock()
	n := 0
	ids := make([]int, 0, len(b.subs))
	for id := range b.subs {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		s := b.subs[id]
		if !s.topics[topic] && !s.topics["*"] {
			continue
		}
		s.ch <- m
		n++
	}
	return n
}

func (b *Broker) Close() {
	b.mu.Lock()
	subs := make([]*subscriber, 0, len(b.subs))
	for _, s := range b.subs {
		subs = append(subs, s)
	}
	b.subs = map[int]*subscriber{}
	b.mu.Unlock()
	for _, s := range subs {
		close(s.ch)
	}
	for _, s := range subs {
		<-s.done
	}
}

func summarize(s *subscriber) string {
	var parts []string
	for _, m := range s.got {
		parts = append(parts, fmt.Sprintf("%s#%d", m.Payload, m.Seq))
	}
	return fmt.Sprintf("sub%d[%d]: %s", s.id, len(s.got), strings.Join(parts, ","))
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b := NewBroker()
	news := b.Subscribe(ctx, 64, "news")
	all := b.Subscribe(ctx, 64, "*")
	sports := b.Subscribe(ctx, 64, "sports", "news")
	topics := []string{"news", "sports", "weather"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				mu.Lock()
				b.Publish(topics[(p+i)%3], fmt.Sprintf("p%d.%d", p, i))
				mu.Unlock()
			}
		}(p)
	}
	wg.Wait()
	fmt.Println(b.Publish("weather", "rain"), b.Publish("nobody", "x"))
	b.Close()
	counts := func(s *subscriber) map[string]int {
		c := map[string]int{}
		for _, m := range s.got {
			c[m.Topic]++
		}
		return c
	}
	fmt.Println(len(news.got), counts(news))
	fmt.Println(len(all.got), counts(all))
	fmt.Println(len(sports.got), counts(sports))
	inOrder := func(s *subscriber) bool {
		return sort.SliceIsSorted(s.got, func(i, j int) bool { return s.got[i].Seq < s.got[j].Seq })
	}
	fmt.Println(inOrder(news), inOrder(all), inOrder(sports))
	fmt.Println(atomic.LoadInt64(&b.published), atomic.LoadInt64(&b.delivered))
	ctx2, cancel2 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel2()
	b2 := NewBroker()
	s := b2.Subscribe(ctx2, 4, "t")
	b2.Publish("t", "one")
	<-ctx2.Done()
	b2.Close()
	fmt.Println(summarize(s), ctx2.Err())
}

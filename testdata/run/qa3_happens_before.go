// The Go memory model by example: each section establishes a
// happens-before edge (channel send/receive, close, unbuffered hand-off,
// Mutex unlock/lock, sync.Once, WaitGroup, atomics) and then reads data
// written by another goroutine without any other synchronisation. Output
// order is forced by the same edges, so it is deterministic.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Limits  map[string]int
	Enabled []string
}

var (
	cfgOnce  sync.Once
	cfg      *Config
	initRuns int32
)

func loadConfig() *Config {
	cfgOnce.Do(func() {
		atomic.AddInt32(&initRuns, 1)
		cfg = &Config{
			Name:    "prod",
			Limits:  map[string]int{"conns": 100, "rps": 5000},
			Enabled: []string{"gc-tuning", "pooling"},
		}
	})
	return cfg
}

func pingPong(rounds int) []string {
	ping, pong := make(chan int), make(chan int)
	var log []string // written by both goroutines, ordered by the channel hand-offs
	done := make(chan struct{})
	go func() {
		for v := range ping {
			log = append(log, fmt.Sprintf("pong%d", v))
			pong <- v + 1
		}
		close(done)
	}()
	v := 0
	for i := 0; i < rounds; i++ {
		log = append(log, fmt.Sprintf("ping%d", v))
		ping <- v
		v = <-pong
	}
	close(ping)
	<-done
	return log
}

type Mailbox struct {
	mu     sync.Mutex
	msgs   []string
	posted chan struct{}
}

func main() {
	// 1. A send happens before the corresponding receive completes.
	var data []int
	ready := make(chan bool, 1)
	go func() {
		data = []int{1, 2, 3}
		ready <- true
	}()
	<-ready
	fmt.Println("1. after receive:", data)

	// 2. Closing a channel happens before a receive that returns because it is closed.
	var msg string
	closed := make(chan struct{})
	go func() {
		msg = "written before close"
		close(closed)
	}()
	<-closed
	fmt.Println("2.", msg)

	// 3. On an unbuffered channel, the receive happens before the send completes.
	var ack string
	unbuf := make(chan int)
	fin := make(chan struct{})
	go func() {
		<-unbuf
		ack = "receiver ran first"
		unbuf <- 0
		close(fin)
	}()
	unbuf <- 1
	<-unbuf
	<-fin
	fmt.Println("3.", ack)

	// 4. Unlock happens before the next Lock.
	mb := &Mailbox{posted: make(chan struct{})}
	mb.mu.Lock()
	go func() {
		mb.mu.Lock()
		mb.msgs = append(mb.msgs, "second (after first Unlock)")
		mb.mu.Unlock()
		close(mb.posted)
	}()
	mb.msgs = append(mb.msgs, "first (holding the lock)")
	mb.mu.Unlock()
	<-mb.posted
	fmt.Println("4.", strings.Join(mb.msgs, " | "))

	// 5. sync.Once: one initialisation, visible to every caller.
	var wg sync.WaitGroup
	names := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := loadConfig()
			names[i] = fmt.Sprintf("%s/%d", c.Name, c.Limits["conns"])
		}(i)
	}
	wg.Wait()
	fmt.Println("5. init runs:", atomic.LoadInt32(&initRuns), "all saw:", names[0], allSame(names))

	// 6. WaitGroup: Done happens before Wait returns.
	parts := make([]int, 10)
	for i := range parts {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			parts[i] = i * i
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, p := range parts {
		sum += p
	}
	fmt.Println("6. sum of squares:", sum)

	// 7. Atomics: a Store observed by a Load publishes earlier writes.
	var payload [4]string
	var flag atomic.Bool
	go func() {
		payload = [4]string{"a", "b", "c", "d"}
		flag.Store(true)
	}()
	for !flag.Load() {
		// spin; the runtime preempts or yields as needed
		runtimeYield()
	}
	fmt.Println("7.", payload)

	// 8. Strict alternation forced by unbuffered channels.
	fmt.Println("8.", strings.Join(pingPong(4), " "))

	// 9. Buffered channel as a semaphore: at most 2 inside at once.
	sem := make(chan struct{}, 2)
	var inside, maxInside int32
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := atomic.AddInt32(&inside, 1)
			for {
				m := atomic.LoadInt32(&maxInside)
				if n <= m || atomic.CompareAndSwapInt32(&maxInside, m, n) {
					break
				}
			}
			runtimeYield()
			atomic.AddInt32(&inside, -1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("9. max concurrently inside <= 2:", atomic.LoadInt32(&maxInside) <= 2)
}

func allSame(s []string) bool {
	for _, v := range s {
		if v != s[0] {
			return false
		}
	}
	return true
}

var yields int64

func runtimeYield() {
	ch := make(chan struct{})
	go func() { close(ch) }()
	<-ch
	atomic.AddInt64(&yields, 1)
}

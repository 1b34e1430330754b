// Channels: select with default, timeouts with time.After, buffered
// and unbuffered channels, nil channels in select, a ticker-free
// heartbeat and a fan-in whose order is made deterministic.
package main

import (
	"fmt"
	"sort"
	"time"
)

type Msg struct {
	From string
	Seq  int
}

func producer(name string, n int, out chan<- Msg, done <-chan struct{}) {
	for i := 0; i < n; i++ {
		select {
		case out <- Msg{name, i}:
		case <-done:
			return
		}
	}
}

func fanIn(chs ...<-chan Msg) <-chan Msg {
	out := make(chan Msg)
	remaining := len(chs)
	fin := make(chan bool)
	for _, c := range chs {
		go func(c <-chan Msg) {
			for m := range c {
				out <- m
			}
			fin <- true
		}(c)
	}
	go func() {
		for remaining > 0 {
			<-fin
			remaining--
		}
		close(out)
	}()
	return out
}

func tryQueue() {
	q := make(chan int, 3)
	sent, dropped := 0, 0
	for i := 0; i < 5; i++ {
		select {
		case q <- i:
			sent++
		default:
			dropped++
		}
	}
	fmt.Println("queue", len(q), cap(q), "sent", sent, "dropped", dropped)
	close(q)
	for v := range q {
		fmt.Print(v, " ")
	}
	v, ok := <-q
	fmt.Println("| after close:", v, ok)
}

func timeout() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
	fast := make(chan string, 1)
	go func() { fast <- "fast" }()
	select {
	case s := <-fast:
		fmt.Println("got", s)
	case <-time.After(5 * time.Second):
		fmt.Println("slow")
	}
}

func nilChannels() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 12; i++ {
			b <- i
		}
		close(b)
	}()
	var got []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, v)
		}
	}
	sort.Ints(got)
	fmt.Println("merged", got)
}

func main() {
	tryQueue()
	done := make(chan struct{})
	c1, c2 := make(chan Msg), make(chan Msg, 2)
	go func() { producer("a", 4, c1, done); close(c1) }()
	go func() { producer("b", 3, c2, done); close(c2) }()
	var all []Msg
	for m := range fanIn(c1, c2) {
		all = append(all, m)
	}
	close(done)
	sort.Slice(all, func(i, j int) bool {
		if all[i].From != all[j].From {
			return all[i].From < all[j].From
		}
		return all[i].Seq < all[j].Seq
	})
	fmt.Println(all)
	timeout()
	nilChannels()

	sem := make(chan struct{}, 2)
	results := make([]int, 6)
	finished := make(chan int)
	for i := range results {
		go func(i int) {
			sem <- struct{}{}
			results[i] = i * i
			<-sem
			finished <- i
		}(i)
	}
	for range results {
		<-finished
	}
	fmt.Println(results)
	var unbuf chan int
	select {
	case unbuf <- 1:
		fmt.Println("sent on nil?")
	default:
		fmt.Println("nil channel never ready")
	}
}

// Four ways a value leaves its frame: stored in a global, sent on a
// channel, captured by a goroutine, returned through an interface.
package main

import (
	"fmt"
	"sync"
)

type Event struct {
	Seq  int
	Kind string
}

var lastEvent *Event
var history []*Event

func remember(e *Event) {
	lastEvent = e
	history = append(history, e)
}

func inspect(e *Event) string {
	return fmt.Sprint(e.Seq, "/", e.Kind)
}

func produce(n int, out chan<- *Event) {
	for i := 0; i < n; i++ {
		e := &Event{Seq: i, Kind: "tick"}
		out <- e
	}
	close(out)
}

type Stringer interface{ String() string }

type label struct{ text string }

func (l label) String() string { return "[" + l.text + "]" }

func asStringer(s string) Stringer {
	l := label{text: s}
	return l
}

func countAsync(items []int) int {
	var wg sync.WaitGroup
	total := 0
	var mu sync.Mutex
	for _, it := range items {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			total += v
			mu.Unlock()
		}(it)
	}
	wg.Wait()
	return total
}

func main() {
	local := Event{Seq: -1, Kind: "local"}
	fmt.Println(inspect(&local))

	for i := 0; i < 3; i++ {
		remember(&Event{Seq: i, Kind: "stored"})
	}
	fmt.Println(len(history), lastEvent.Seq, inspect(history[0]))

	ch := make(chan *Event, 2)
	go produce(4, ch)
	sum := 0
	for e := range ch {
		sum += e.Seq
	}
	fmt.Println("received sum", sum)

	s := asStringer("hi")
	fmt.Println(s.String(), s)

	fmt.Println(countAsync([]int{1, 2, 3, 4, 5}))

	done := make(chan struct{})
	msg := "from main"
	go func() {
		msg += " and goroutine"
		close(done)
	}()
	<-done
	fmt.Println(msg)
}

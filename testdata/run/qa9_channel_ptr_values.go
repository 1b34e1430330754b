// Channels of values vs channels of pointers: a value sent is copied,
// a pointer sent is shared; buffered channel as a semaphore; a done channel.
package main

import (
	"fmt"
	"sync"
)

type Msg struct {
	ID    int
	Body  [4]int
	Reply chan int
}

func valueProducer(out chan<- Msg) {
	var m Msg
	for i := 0; i < 3; i++ {
		m.ID = i
		m.Body[0] = i * 10
		out <- m // copy: later changes to m are not seen
	}
	close(out)
}

func ptrProducer(out chan<- *Msg) {
	m := &Msg{}
	for i := 0; i < 3; i++ {
		m.ID = i
		out <- m // the same object every time
	}
	close(out)
}

func server(reqs <-chan *Msg, done <-chan struct{}) {
	for {
		select {
		case r := <-reqs:
			sum := 0
			for _, v := range r.Body {
				sum += v
			}
			r.Reply <- sum
		case <-done:
			return
		}
	}
}

func main() {
	vc := make(chan Msg, 3)
	go valueProducer(vc)
	for m := range vc {
		fmt.Print(m.ID, ":", m.Body[0], " ")
	}
	fmt.Println()

	pc := make(chan *Msg, 3)
	go ptrProducer(pc)
	var got []*Msg
	for m := range pc {
		got = append(got, m)
	}
	fmt.Println(len(got), got[0] == got[2], got[0].ID)

	reqs := make(chan *Msg)
	done := make(chan struct{})
	go server(reqs, done)
	for i := 1; i <= 3; i++ {
		m := &Msg{ID: i, Body: [4]int{i, i, i, i}, Reply: make(chan int)}
		reqs <- m
		fmt.Print(<-m.Reply, " ")
	}
	close(done)
	fmt.Println()

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	active, peak := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 2:", peak <= 2)
}

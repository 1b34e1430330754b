package main

import (
	"fmt"
	"sync"
)

type Message struct {
	ID      int
	Payload []string
}

var (
	config map[string]string
	ready  = make(chan struct{})
)

func loadConfig() {
	config = map[string]string{"mode": "fast", "level": "3"}
	close(ready)
}

func main() {
	go loadConfig()
	<-ready
	fmt.Println(config["mode"], config["level"])

	msgs := make(chan *Message)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for m := range msgs {
			m.Payload = append(m.Payload, "seen")
		}
	}()
	keep := make([]*Message, 0, 3)
	for i := 0; i < 3; i++ {
		m := &Message{ID: i, Payload: []string{fmt.Sprint("p", i)}}
		keep = append(keep, m)
		msgs <- m
	}
	close(msgs)
	wg.Wait()
	for _, m := range keep {
		fmt.Println(m.ID, m.Payload)
	}
	var mu sync.Mutex
	shared := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			shared += n
		}(i)
	}
	wg2.Wait()
	fmt.Println("shared", shared)
	sem := make(chan struct{}, 3)
	var active, maxActive int
	var amu sync.Mutex
	var wg3 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			sem <- struct{}{}
			amu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			amu.Unlock()
			amu.Lock()
			active--
			amu.Unlock()
			<-sem
		}()
	}
	wg3.Wait()
	fmt.Println("max concurrent <= 3:", maxActive <= 3, "active", active)
}

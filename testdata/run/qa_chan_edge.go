package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Big struct {
	ID   int
	Data [32]int64
	Tag  string
}

func main() {
	bc := make(chan Big, 2)
	b := Big{ID: 1, Tag: "big"}
	b.Data[31] = 99
	bc <- b
	b.Data[31] = 0
	got := <-bc
	fmt.Println(got.ID, got.Data[31], got.Tag)
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))
	reqs := make(chan chan string)
	go func() {
		for r := range reqs {
			r <- "pong"
		}
	}()
	for i := 0; i < 2; i++ {
		reply := make(chan string)
		reqs <- reply
		fmt.Println(<-reply)
	}
	close(reqs)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var woke []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			select {
			case <-stop:
				mu.Lock()
				woke = append(woke, i)
				mu.Unlock()
			case <-time.After(5 * time.Second):
				fmt.Println("timeout", i)
			}
		}(i)
	}
	time.Sleep(10 * time.Millisecond)
	close(stop)
	wg.Wait()
	sort.Ints(woke)
	fmt.Println("woken by close:", woke)
	order := make(chan int, 5)
	for _, d := range []int{160, 40, 120, 80, 200} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			order <- d
		}(d)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-order, " ")
	}
	fmt.Println()
	c := make(chan int, 1)
	hits := [2]int{}
	for i := 0; i < 200; i++ {
		select {
		case c <- i:
			hits[0]++
		case v := <-c:
			_ = v
			hits[1]++
		}
	}
	fmt.Println(hits[0]+hits[1], hits[0] == hits[1])
	dup := make(chan int, 10)
	for i := 0; i < 10; i++ {
		dup <- i
	}
	a, bb := 0, 0
	for i := 0; i < 10; i++ {
		select {
		case <-dup:
			a++
		case <-dup:
			bb++
		}
	}
	fmt.Println(a+bb, len(dup))
}

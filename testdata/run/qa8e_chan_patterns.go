package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Request struct {
	N     int
	Reply chan int
}

func server(reqs <-chan Request, quit <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	served := 0
	for {
		select {
		case r := <-reqs:
			r.Reply <- r.N * r.N
			served++
		case <-quit:
			fmt.Println("server served", served)
			return
		}
	}
}

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

func pingPong(rounds int) []string {
	ping, pong := make(chan int), make(chan int)
	var log []string
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		for v := range ping {
			mu.Lock()
			log = append(log, fmt.Sprintf("ping %d", v))
			mu.Unlock()
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		for v := range pong {
			mu.Lock()
			log = append(log, fmt.Sprintf("pong %d", v))
			mu.Unlock()
			if v >= rounds {
				close(ping)
				continue
			}
			ping <- v + 1
		}
		done <- true
	}()
	ping <- 0
	<-done
	return log
}

type Counter struct {
	sync.Mutex
	n map[string]int
}

func main() {
	reqs := make(chan Request)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go server(reqs, quit, &wg)
	for i := 1; i <= 4; i++ {
		r := Request{i, make(chan int)}
		reqs <- r
		fmt.Print(<-r.Reply, " ")
	}
	fmt.Println()
	close(quit)
	wg.Wait()

	sem := make(Semaphore, 2)
	var mu sync.Mutex
	active, peak := 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg2.Add(1)
		go func(id int) {
			defer wg2.Done()
			sem.Acquire()
			defer sem.Release()
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("peak concurrency:", peak)

	fmt.Println(pingPong(5))

	c := Counter{n: map[string]int{}}
	var wg3 sync.WaitGroup
	words := []string{"x", "y", "x", "z", "x", "y"}
	for _, w := range words {
		wg3.Add(1)
		go func(w string) {
			defer wg3.Done()
			c.Lock()
			c.n[w]++
			c.Unlock()
		}(w)
	}
	wg3.Wait()
	keys := make([]string, 0)
	for k := range c.n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", c.n[k], " ")
	}
	fmt.Println()

	results := make(chan string, 3)
	timeout := time.After(500 * time.Millisecond)
	for i := 0; i < 3; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i) * 5 * time.Millisecond)
			results <- fmt.Sprint("job", i)
		}(i)
	}
	var got []string
	for len(got) < 3 {
		select {
		case r := <-results:
			got = append(got, r)
		case <-timeout:
			fmt.Println("timeout!")
			return
		}
	}
	sort.Strings(got)
	fmt.Println(got)
	chOfCh := make(chan chan string, 1)
	inner := make(chan string, 1)
	chOfCh <- inner
	(<-chOfCh) <- "nested"
	fmt.Println(<-inner, len(chOfCh), cap(inner))
}

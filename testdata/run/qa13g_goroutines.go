package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type result struct {
	id, val int
}

func workerPool(jobs []int, workers int) []result {
	jobCh := make(chan int)
	resCh := make(chan result, len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobCh {
				resCh <- result{j, j * j * j}
			}
		}(w)
	}
	for _, j := range jobs {
		jobCh <- j
	}
	close(jobCh)
	wg.Wait()
	close(resCh)
	var out []result
	for r := range resCh {
		out = append(out, r)
	}
	sort.Slice(out, func(i, k int) bool { return out[i].id < out[k].id })
	return out
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.m[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func pingPong(n int) []string {
	ping, pong := make(chan int), make(chan int)
	var log []string
	done := make(chan bool)
	go func() {
		for v := range ping {
			log = append(log, fmt.Sprint("ping ", v))
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		v := 0
		for i := 0; i < n; i++ {
			ping <- v
			v = <-pong
			log = append(log, fmt.Sprint("pong ", v))
		}
		close(ping)
		<-pong
		done <- true
	}()
	<-done
	return log
}

func main() {
	done := make(chan struct{})
	in := gen(1, 2, 3, 4, 5, 6, 7, 8)
	c1 := sq(done, in)
	c2 := sq(done, in)
	var got []int
	for v := range merge(done, c1, c2) {
		got = append(got, v)
	}
	close(done)
	sort.Ints(got)
	fmt.Println(got)
	fmt.Println(workerPool([]int{5, 3, 8, 1, 9, 2}, 3))
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc("k")
			if i%5 == 0 {
				c.Inc("five")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("k"), c.Value("five"), c.Value("none"))
	for _, s := range pingPong(3) {
		fmt.Println(s)
	}
	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf))
	close(buf)
	for s := range buf {
		fmt.Print(s)
	}
	v, ok := <-buf
	fmt.Printf(" %q %v\n", v, ok)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	results := make([]int, 10)
	var wg2 sync.WaitGroup
	for i := range results {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			results[i] = i * i
		}(i)
	}
	wg2.Wait()
	fmt.Println(results)
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg3 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg3.Wait()
	fmt.Println("max active <= 2:", maxActive <= 2)
}

package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Task struct {
	N int
}

type Out struct {
	N       int
	Factors []int
	Worker  int
}

func factor(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func fanOut(tasks []Task, workers int) []Out {
	in := make(chan Task)
	out := make(chan Out)
	var wg sync.WaitGroup
	var processed int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for t := range in {
				atomic.AddInt64(&processed, 1)
				out <- Out{t.N, factor(t.N), id}
			}
		}(w)
	}
	go func() {
		for _, t := range tasks {
			in <- t
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	var res []Out
	for o := range out {
		res = append(res, o)
	}
	sort.Slice(res, func(i, j int) bool { return res[i].N < res[j].N })
	fmt.Println("processed", atomic.LoadInt64(&processed))
	return res
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	var tasks []Task
	for n := 90; n <= 100; n++ {
		tasks = append(tasks, Task{n})
	}
	tasks = append(tasks, Task{9973}, Task{1 << 20})
	res := fanOut(tasks, 4)
	workersUsed := map[int]bool{}
	for _, r := range res {
		fmt.Printf("%7d = %v\n", r.N, r.Factors)
		workersUsed[r.Worker] = true
	}
	fmt.Println("workers used > 0:", len(workersUsed) > 0)

	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	keys := []string{"x", "y", "z"}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc(keys[i%len(keys)])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m)

	var once sync.Once
	var initCount int32
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { atomic.AddInt32(&initCount, 1) })
		}()
	}
	wg.Wait()
	fmt.Println("init ran", initCount, "time(s)")

	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	var rw sync.RWMutex
	shared := 0
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); rw.Lock(); shared += 10; rw.Unlock() }()
		go func() { defer wg.Done(); rw.RLock(); _ = shared; rw.RUnlock() }()
	}
	wg.Wait()
	fmt.Println("shared", shared)
}

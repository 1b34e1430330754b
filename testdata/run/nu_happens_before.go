// The Go memory model's happens-before edges, each demonstrated with a
// small experiment whose result is guaranteed: channel send before
// receive completes, close before a receive of the zero value, the k-th
// receive on a buffered channel before the k+C-th send completes,
// Unlock before the next Lock, Once.Do before any Do returns, WaitGroup
// Done before Wait returns, and atomics as synchronising operations.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type msg struct {
	text string
	seq  int
}

func chanSend() string {
	var shared string
	ch := make(chan struct{})
	go func() {
		shared = "written before send"
		ch <- struct{}{}
	}()
	<-ch
	return shared
}

func chanClose() (string, bool) {
	var shared string
	ch := make(chan int)
	go func() {
		shared = "written before close"
		close(ch)
	}()
	v, ok := <-ch
	return fmt.Sprint(shared, " v=", v), ok
}

// A buffered channel of capacity C used as a counting semaphore: at most C
// workers are inside the critical region at once.
func semaphore(workers, limit int) int32 {
	sem := make(chan struct{}, limit)
	var inside, maxInside atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := inside.Add(1)
			for {
				m := maxInside.Load()
				if n <= m || maxInside.CompareAndSwap(m, n) {
					break
				}
			}
			for j := 0; j < 1000; j++ {
				_ = j * j
			}
			inside.Add(-1)
			<-sem
		}()
	}
	wg.Wait()
	return maxInside.Load()
}

func mutexOrder() []int {
	var mu sync.Mutex
	var log []int
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			log = append(log, i)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, v := range log {
		sum += v
	}
	return []int{len(log), sum}
}

var (
	config   map[string]string
	loadOnce sync.Once
	loads    int32
)

func getConfig() map[string]string {
	loadOnce.Do(func() {
		atomic.AddInt32(&loads, 1)
		config = map[string]string{"mode": "prod", "region": "eu"}
	})
	return config
}

func onceEverywhere() (int32, string) {
	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = getConfig()["mode"]
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		if r != "prod" {
			return -1, r
		}
	}
	return atomic.LoadInt32(&loads), results[7]
}

// Publication through an atomic flag: the data written before Store(true)
// is visible after Load() returns true.
func atomicPublish() int {
	var data [4]int
	var ready atomic.Bool
	go func() {
		for i := range data {
			data[i] = (i + 1) * 10
		}
		ready.Store(true)
	}()
	for !ready.Load() {
		runtimeGosched()
	}
	return data[0] + data[1] + data[2] + data[3]
}

var gosched = make(chan struct{}, 1)

func runtimeGosched() {
	select {
	case gosched <- struct{}{}:
	default:
	}
	<-gosched
}

// Ping-pong: strict alternation through unbuffered channels orders every
// step of both goroutines.
func pingPong(rounds int) []string {
	ping, pong := make(chan msg), make(chan msg)
	var trace []string
	done := make(chan bool)
	go func() {
		for m := range ping {
			trace = append(trace, fmt.Sprintf("pong%d", m.seq))
			pong <- msg{"pong", m.seq + 1}
		}
		done <- true
	}()
	m := msg{"ping", 0}
	for i := 0; i < rounds; i++ {
		trace = append(trace, fmt.Sprintf("ping%d", m.seq))
		ping <- m
		m = <-pong
	}
	close(ping)
	<-done
	return trace
}

type condQueue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func condPipeline() []int {
	q := &condQueue{}
	q.cond = sync.NewCond(&q.mu)
	out := make(chan []int)
	go func() {
		var got []int
		q.mu.Lock()
		for {
			for len(q.items) == 0 && !q.done {
				q.cond.Wait()
			}
			if len(q.items) == 0 && q.done {
				break
			}
			got = append(got, q.items[0])
			q.items = q.items[1:]
		}
		q.mu.Unlock()
		out <- got
	}()
	for i := 1; i <= 6; i++ {
		q.mu.Lock()
		q.items = append(q.items, i*i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
	return <-out
}

func main() {
	fmt.Println("1.", chanSend())
	s, ok := chanClose()
	fmt.Println("2.", s, ok)
	fmt.Println("3. max inside:", semaphore(20, 3) <= 3)
	fmt.Println("4.", mutexOrder())
	n, mode := onceEverywhere()
	fmt.Println("5. loads:", n, mode)
	fmt.Println("6.", atomicPublish())
	fmt.Println("7.", pingPong(4))
	fmt.Println("8.", condPipeline())
	var wg sync.WaitGroup
	counts := make([]int, 10)
	for i := range counts {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			counts[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println("9.", counts)
}

package main

import (
	"fmt"
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

func slowReply(d time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- fmt.Sprintf("reply after %v", d)
	}()
	return ch
}

func fetch(d, timeout time.Duration) (string, error) {
	select {
	case r := <-slowReply(d):
		return r, nil
	case <-time.After(timeout):
		return "", fmt.Errorf("timeout after %v", timeout)
	}
}

func main() {
	out := make(chan Msg)
	done := make(chan struct{})
	go producer("A", 3, out, done)
	counts := map[string]int{}
	for i := 0; i < 3; i++ {
		m := <-out
		counts[m.From]++
		fmt.Printf("got %+v\n", m)
	}
	close(done)
	fmt.Println(counts)

	fmt.Println(fetch(1*time.Millisecond, 200*time.Millisecond))
	fmt.Println(fetch(300*time.Millisecond, 20*time.Millisecond))

	buf := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case buf <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	for {
		select {
		case v := <-buf:
			fmt.Println("drained", v)
			continue
		default:
		}
		break
	}

	ticker := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)

	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())

	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	case <-time.After(time.Millisecond):
		fmt.Println("nil channel never ready")
	}
	d := 90*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Seconds(), d.Round(time.Second), time.Duration(1500)*time.Microsecond)
}

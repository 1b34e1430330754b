package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

var ErrTimeout = errors.New("timed out")

type reply struct {
	id  int
	val string
}

// fetch answers immediately for even ids and never for odd ids.
func fetch(id int, out chan<- reply, quit <-chan struct{}) {
	if id%2 == 1 {
		<-quit
		return
	}
	select {
	case out <- reply{id, fmt.Sprintf("value-%d", id)}:
	case <-quit:
	}
}

func get(id int, timeout time.Duration, quit chan struct{}) (string, error) {
	ch := make(chan reply, 1)
	go fetch(id, ch, quit)
	select {
	case r := <-ch:
		return r.val, nil
	case <-time.After(timeout):
		return "", fmt.Errorf("get %d: %w", id, ErrTimeout)
	}
}

func firstOf(chans ...<-chan int) int {
	for {
		for _, c := range chans {
			select {
			case v, ok := <-c:
				if ok {
					return v
				}
			default:
			}
		}
		time.Sleep(time.Millisecond)
	}
}

func main() {
	quit := make(chan struct{})
	for id := 0; id < 4; id++ {
		v, err := get(id, 20*time.Millisecond, quit)
		fmt.Printf("%d %q %v %v\n", id, v, err, errors.Is(err, ErrTimeout))
	}
	close(quit)

	// non-blocking send and receive
	buf := make(chan int, 2)
	sent := 0
	for i := 0; i < 5; i++ {
		select {
		case buf <- i:
			sent++
		default:
		}
	}
	fmt.Println("sent", sent, "len", len(buf), "cap", cap(buf))
	var got []int
	for {
		select {
		case v := <-buf:
			got = append(got, v)
			continue
		default:
		}
		break
	}
	fmt.Println("got", got)

	// nil channels are never ready
	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("nil channel blocks forever")
	}

	a, b := make(chan int), make(chan int)
	go func() { b <- 42 }()
	fmt.Println("first", firstOf(a, b))

	var wg sync.WaitGroup
	done := make(chan struct{})
	results := make(chan int, 10)
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-done:
					return
				default:
				}
				if i == w {
					results <- w * 100
					<-done
					return
				}
			}
		}(w)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	close(done)
	wg.Wait()
	fmt.Println("sum", sum)
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped", timer.Stop())
}

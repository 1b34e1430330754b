package main

import (
	"fmt"
	"strings"
	"time"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID int
	Upper string
	Vowel int
}

func producer(texts []string) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i, t := range texts {
			out <- Job{i + 1, t}
		}
	}()
	return out
}

func stage(in <-chan Job) <-chan Result {
	out := make(chan Result, 2)
	go func() {
		defer close(out)
		for j := range in {
			v := 0
			for _, r := range j.Text {
				if strings.ContainsRune("aeiouAEIOU", r) {
					v++
				}
			}
			out <- Result{j.ID, strings.ToUpper(j.Text), v}
		}
	}()
	return out
}

func withTimeout() {
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "late"
	}()
	select {
	case s := <-slow:
		fmt.Println("got", s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout waiting for slow")
	}
	fmt.Println("then:", <-slow)
}

func ticker() {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	done := time.After(2 * time.Second)
	n := 0
	for {
		select {
		case <-t.C:
			n++
			if n == 3 {
				fmt.Println("three ticks")
				return
			}
		case <-done:
			fmt.Println("done before three ticks?")
			return
		}
	}
}

func nonBlocking() {
	ch := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	select {
	case v, ok := <-ch:
		fmt.Println("recv", v, ok)
	default:
		fmt.Println("empty")
	}
	close(ch)
	v, ok := <-ch
	fmt.Println("after close", v, ok)
}

func main() {
	texts := []string{"alpha", "beta", "gamma delta", "", "epsilon"}
	total := 0
	for r := range stage(producer(texts)) {
		fmt.Printf("job %d: %-12q vowels=%d\n", r.JobID, r.Upper, r.Vowel)
		total += r.Vowel
	}
	fmt.Println("total vowels", total)
	withTimeout()
	ticker()
	nonBlocking()
	quit := make(chan struct{})
	res := make(chan int)
	go func() {
		sum := 0
		for i := 1; ; i++ {
			select {
			case <-quit:
				res <- sum
				return
			default:
				sum += i
				if i == 100 {
					close(quit)
				}
			}
		}
	}()
	fmt.Println("sum", <-res)
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	case <-time.After(time.Millisecond):
		fmt.Println("nil channel never ready")
	}
}

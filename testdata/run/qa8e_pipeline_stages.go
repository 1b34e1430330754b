package main

import (
	"fmt"
	"strings"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func mapStage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func filterStage(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func batch(in <-chan int, size int) <-chan []int {
	out := make(chan []int)
	go func() {
		defer close(out)
		var cur []int
		for v := range in {
			cur = append(cur, v)
			if len(cur) == size {
				out <- cur
				cur = nil
			}
		}
		if len(cur) > 0 {
			out <- cur
		}
	}()
	return out
}

type Summary struct {
	Batches int
	Sum     int
	Max     int
	Lines   []string
}

func (s Summary) String() string {
	return fmt.Sprintf("batches=%d sum=%d max=%d\n%s", s.Batches, s.Sum, s.Max, strings.Join(s.Lines, "\n"))
}

func sink(in <-chan []int) Summary {
	var s Summary
	for b := range in {
		s.Batches++
		parts := make([]string, len(b))
		for i, v := range b {
			s.Sum += v
			if v > s.Max {
				s.Max = v
			}
			parts[i] = fmt.Sprint(v)
		}
		s.Lines = append(s.Lines, fmt.Sprintf("  [%s]", strings.Join(parts, " ")))
	}
	return s
}

func main() {
	nums := make([]int, 0, 30)
	for i := 1; i <= 30; i++ {
		nums = append(nums, i)
	}
	sq := mapStage(gen(nums...), func(x int) int { return x * x })
	odd := filterStage(sq, func(x int) bool { return x%2 == 1 })
	fmt.Println(sink(batch(odd, 4)))

	words := make(chan string)
	lengths := make(chan int)
	go func() {
		for _, w := range strings.Fields("pipelines compose small concurrent stages") {
			words <- w
		}
		close(words)
	}()
	go func() {
		for w := range words {
			lengths <- len(w)
		}
		close(lengths)
	}()
	total := 0
	for n := range lengths {
		total += n
		fmt.Print(n, " ")
	}
	fmt.Println("total", total)

	results := make([]chan string, 3)
	for i := range results {
		results[i] = make(chan string, 1)
		go func(i int, c chan<- string) {
			c <- strings.Repeat(string(rune('x'+i)), i+1)
		}(i, results[i])
	}
	for _, c := range results {
		fmt.Print(<-c, ";")
	}
	fmt.Println()
	v, ok := <-gen()
	fmt.Println(v, ok)
}

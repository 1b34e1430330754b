// Channels of pointers: ownership passes with the pointer; a recycle
// channel returns buffers to the producer; nil-pointer sentinels.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type chunk struct {
	seq  int
	data []byte
}

func producer(words []string, out chan<- *chunk, free <-chan *chunk, wg *sync.WaitGroup) {
	defer wg.Done()
	for i, w := range words {
		var c *chunk
		select {
		case c = <-free:
		default:
			c = &chunk{data: make([]byte, 0, 16)}
		}
		c.seq = i
		c.data = append(c.data[:0], w...)
		out <- c
	}
	out <- nil // sentinel
}

func consumer(in <-chan *chunk, free chan<- *chunk, res *[]string) {
	for c := range in {
		if c == nil {
			return
		}
		*res = append(*res, fmt.Sprintf("%d:%s", c.seq, strings.ToUpper(string(c.data))))
		select {
		case free <- c:
		default:
		}
	}
}

type node struct {
	val  int
	next *node
}

func listOverChan(n int) *node {
	ch := make(chan *node, n)
	for i := n; i > 0; i-- {
		ch <- &node{val: i}
	}
	close(ch)
	var head *node
	for nd := range ch {
		nd.next = head
		head = nd
	}
	return head
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	data := make(chan *chunk)
	free := make(chan *chunk, 2)
	var wg sync.WaitGroup
	var got []string
	wg.Add(1)
	go producer(words, data, free, &wg)
	consumer(data, free, &got)
	wg.Wait()
	fmt.Println(len(got), got[0], got[len(got)-1])
	fmt.Println(strings.Join(got, " "))

	h := listOverChan(5)
	for p := h; p != nil; p = p.next {
		fmt.Print(p.val, " ")
	}
	fmt.Println()

	done := make(chan *sync.WaitGroup, 1)
	var inner sync.WaitGroup
	inner.Add(1)
	done <- &inner
	go func() { (<-done).Done() }()
	inner.Wait()
	var nilch chan *int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
}

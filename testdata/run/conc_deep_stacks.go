// Goroutines recursing far deeper than a small stack while others run:
// defers (in frames and in loops), recover deep down, strings and slices
// living in frames, pointers between frames, channels used from deep.
// gosub:gcstress=20000 one million live list nodes make a collection per allocation quadratic
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Node struct {
	next *Node
	v    int
}

func sumList(n *Node) int {
	if n == nil {
		return 0
	}
	return n.v + sumList(n.next)
}

// depth recursion where every frame keeps a pointer to its caller's local
func chain(depth int, parent *int) int {
	local := *parent + 1
	if depth == 0 {
		return local
	}
	r := chain(depth-1, &local)
	if local != *parent+1 {
		panic("frame corrupted")
	}
	return r
}

// recursion with a defer in every 1000th frame and a recover at the top
func deepPanic(depth int, log *[]string) (res string) {
	if depth%25000 == 0 {
		defer func() {
			*log = append(*log, fmt.Sprint("unwound ", depth))
		}()
	}
	if depth == 0 {
		panic("bottom reached")
	}
	return deepPanic(depth-1, log)
}

func catch(depth int) (msg string, log []string) {
	defer func() {
		msg = fmt.Sprint("recovered: ", recover())
	}()
	deepPanic(depth, &log)
	return "no panic", log
}

// a loop of defers (heap records) whose frame is then moved by deep calls
func loopDefers(n int, depth int) (out []int) {
	for i := 0; i < n; i++ {
		defer func(i int) { out = append(out, i) }(i)
	}
	var buf [4]int
	buf[0] = chain(depth, &n)
	if buf[0] != n+depth+1 {
		panic("wrong chain")
	}
	return nil
}

// builds a string from frames: stack-allocated concatenations
func words(depth int, sb *strings.Builder) {
	if depth == 0 {
		return
	}
	if depth%250000 == 0 {
		s := "d" + fmt.Sprint(depth) + ";"
		sb.WriteString(s)
	}
	words(depth-1, sb)
}

func pingDeep(depth int, in, out chan int) int {
	if depth == 0 {
		total := 0
		for v := range in {
			total += v
			out <- v * 2
		}
		close(out)
		return total
	}
	return pingDeep(depth-1, in, out)
}

func main() {
	var head *Node
	for i := 0; i < 1000000; i++ {
		head = &Node{head, 1}
	}
	var wg sync.WaitGroup
	results := make([]string, 6)
	wg.Add(5)
	go func() {
		defer wg.Done()
		results[0] = fmt.Sprint("sum ", sumList(head))
	}()
	go func() {
		defer wg.Done()
		start := 10
		results[1] = fmt.Sprint("chain ", chain(500000, &start))
	}()
	go func() {
		defer wg.Done()
		msg, log := catch(100000)
		results[2] = msg + " " + strings.Join(log, ",")
	}()
	go func() {
		defer wg.Done()
		results[3] = fmt.Sprint("defers ", loopDefers(5, 300000))
	}()
	go func() {
		defer wg.Done()
		var sb strings.Builder
		words(1000000, &sb)
		results[4] = sb.String()
	}()
	wg.Wait()

	// two goroutines deep at the same time, talking through channels
	a, b := make(chan int), make(chan int)
	done := make(chan int)
	go func() { done <- pingDeep(400000, a, b) }()
	go func() {
		s := 0
		for v := range b {
			s += v
		}
		done <- s
	}()
	for i := 1; i <= 100; i++ {
		a <- i
	}
	close(a)
	x, y := <-done, <-done
	if x > y {
		x, y = y, x
	}
	results[5] = fmt.Sprint("ping ", x, " ", y)
	for _, r := range results {
		fmt.Println(r)
	}
}

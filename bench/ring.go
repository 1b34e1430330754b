// ring: 10,000 goroutines in a ring of unbuffered channels pass a token
// around until it has made N hops in total.  Arg: N (default 1000000).
package main

import (
	"fmt"
	"os"
	"strconv"
)

const size = 10000

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	first := make(chan int)
	in := first
	for i := 1; i < size; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			for t := range in {
				out <- t + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	last := in
	hops := 0
	first <- 0
	for hops+size <= n {
		t := <-last
		hops = t + 1
		first <- hops
	}
	close(first)
	for range last {
	}
	fmt.Println(hops)
}

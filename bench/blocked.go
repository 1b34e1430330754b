// blocked: N goroutines all blocked receiving from one channel, then
// released by close (stack memory per goroutine).  Arg: N (default 100000).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	gate := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			<-gate
			wg.Done()
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println(n)
}

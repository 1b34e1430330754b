package main

// Run by tests/stdin_pipe.sh with stdin from a pipe that delivers a line
// every 300ms: while main is blocked reading, the other goroutine must keep
// running (gosub parks the reader, Go hands its thread's P away).

import (
	"bufio"
	"fmt"
	"os"
	"sync/atomic"
	"time"
)

func main() {
	var beats atomic.Int64
	go func() {
		for {
			time.Sleep(2 * time.Millisecond)
			beats.Add(1)
		}
	}()
	r := bufio.NewReader(os.Stdin)
	for i := 0; i < 3; i++ {
		before := beats.Load()
		line, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("line %q, other goroutine ran during the read: %v\n", line[:len(line)-1], beats.Load()-before >= 5)
	}
	_, err := r.ReadString('\n')
	fmt.Println("then:", err)
}

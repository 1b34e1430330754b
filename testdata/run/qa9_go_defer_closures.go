// go and defer with function literals: arguments are evaluated at the
// statement, captured variables are shared; a deferred closure can change
// the named result; recover in a deferred closure.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func withCleanup(name string) (result string, err error) {
	steps := []string{}
	defer func() {
		steps = append(steps, "cleanup")
		result = name + ":" + fmt.Sprint(steps)
	}()
	defer func(s string) {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s recovered: %v", s, r)
		}
	}(name)
	steps = append(steps, "open")
	if name == "bad" {
		var m map[string]int
		m["x"] = 1
	}
	steps = append(steps, "work")
	return "unused", nil
}

func fanOut(n int) []int {
	out := make([]int, n)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(slot, v int) {
			defer wg.Done()
			out[slot] = v * v
		}(i, i+1)
	}
	wg.Wait()
	return out
}

func orderOfDefers() (trace []string) {
	for _, s := range []string{"a", "b", "c"} {
		defer func(s string) { trace = append(trace, s) }(s)
	}
	x := 1
	defer func() { trace = append(trace, fmt.Sprint("x=", x)) }()
	x = 2
	return []string{"start"}
}

var errClosed = errors.New("closed")

func safeSend(c chan int, v int) (err error) {
	defer func() {
		if recover() != nil {
			err = errClosed
		}
	}()
	c <- v
	return nil
}

func main() {
	fmt.Println(withCleanup("good"))
	fmt.Println(withCleanup("bad"))
	fmt.Println(fanOut(5))
	fmt.Println(orderOfDefers())
	c := make(chan int, 1)
	fmt.Println(safeSend(c, 1))
	close(c)
	fmt.Println(safeSend(c, 2))
	done := make(chan string)
	msg := "before"
	go func() { done <- msg }()
	fmt.Println(<-done)
}

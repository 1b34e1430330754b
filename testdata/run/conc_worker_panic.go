package main

import (
	"fmt"
	"sync"
)

// Workers that recover their own panics and report them as errors, then
// one that does not: the program dies with Go's report for a goroutine.

type task struct {
	id  int
	div int
}

func (t task) run() (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("task %d: %v", t.id, r)
		}
	}()
	return 100 / t.div, nil
}

func main() {
	tasks := []task{{1, 5}, {2, 0}, {3, 4}, {4, 0}}
	errs := make([]error, len(tasks))
	res := make([]int, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		wg.Add(1)
		go func(i int, t task) {
			defer wg.Done()
			res[i], errs[i] = t.run()
		}(i, t)
	}
	wg.Wait()
	for i := range tasks {
		fmt.Println(res[i], errs[i])
	}
	done := make(chan bool)
	go func() {
		var m map[string]int
		m["boom"] = 1
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}

package main

import (
	"fmt"
	"sync"
)

type Task struct {
	ID   int
	Name string
}

func main() {
	var funcs []func() int
	for i := 0; i < 4; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	tasks := []Task{{1, "a"}, {2, "b"}, {3, "c"}}
	var ptrs []*Task
	for _, t := range tasks {
		ptrs = append(ptrs, &t)
	}
	for _, p := range ptrs {
		fmt.Print(p.ID, p.Name, " ")
	}
	fmt.Println()
	ptrs = ptrs[:0]
	for i := range tasks {
		ptrs = append(ptrs, &tasks[i])
	}
	for _, p := range ptrs {
		fmt.Print(p.ID, p.Name, " ")
	}
	fmt.Println()

	var wg sync.WaitGroup
	out := make([]int, 5)
	for i := 0; i < 5; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(out)

	counters := map[string]func() int{}
	for _, name := range []string{"x", "y"} {
		n := 0
		name := name
		counters[name] = func() int { n += len(name); return n }
	}
	counters["x"]()
	fmt.Println(counters["x"](), counters["y"]())
}

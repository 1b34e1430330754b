package main

import (
	"fmt"
	"sort"
	"sync"
)

type Task struct {
	Name string
	Run  func() string
}

func main() {
	// Go 1.19: one variable per loop, shared by every closure.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// The usual fix: a per-iteration copy.
	fs = fs[:0]
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// range variables are shared too.
	names := []string{"ann", "bob", "cy"}
	var tasks []Task
	for _, n := range names {
		tasks = append(tasks, Task{Name: n, Run: func() string { return "hello " + n }})
	}
	for _, t := range tasks {
		fmt.Println(t.Name, "->", t.Run())
	}

	// Pointers to the loop variable all alias one variable.
	var ptrs []*string
	for _, n := range names {
		ptrs = append(ptrs, &n)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])

	// Pointers into the slice are distinct.
	ptrs = ptrs[:0]
	for i := range names {
		ptrs = append(ptrs, &names[i])
	}
	*ptrs[1] = "BOB"
	fmt.Println(names)

	// Goroutines with the variable passed as an argument.
	var mu sync.Mutex
	var wg sync.WaitGroup
	var seen []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, v)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	// Deferred closures in a loop see the final value.
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print("d", i, " ") }()
			defer fmt.Print("a", i, " ")
		}
	}()
	fmt.Println()

	// Closures that mutate the shared variable change the loop.
	steps := 0
	var bump func()
	for j := 0; j < 10; j++ {
		bump = func() { j += 2 }
		bump()
		steps++
	}
	fmt.Println("steps", steps)

	// A counter factory: each call gets its own captured state.
	counter := func() (func() int, func()) {
		c := 0
		return func() int { c++; return c }, func() { c = 100 }
	}
	inc1, reset1 := counter()
	inc2, _ := counter()
	inc1()
	inc1()
	reset1()
	fmt.Println(inc1(), inc2(), inc2())

	m := map[string]func() int{}
	for k, v := range map[string]int{"a": 1, "b": 2, "c": 3} {
		k, v := k, v
		m[k] = func() int { return v * 10 }
	}
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k](), " ")
	}
	fmt.Println()
}

// Goroutine workers that recover their own panics and report them as
// errors on a channel; the collector orders the results by job id.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Result struct {
	ID  int
	Out string
	Err error
}

type PanicError struct {
	Value interface{}
}

func (p PanicError) Error() string { return fmt.Sprintf("panic: %v", p.Value) }

func work(id int, input string) (out string) {
	parts := strings.Split(input, ":")
	n := len(parts[1]) // panics when there is no ':'
	if n == 0 {
		var p *strings.Builder
		p.WriteString("x") // nil pointer dereference
	}
	return strings.Repeat(parts[0], n)
}

func safeWork(id int, input string) (r Result) {
	r.ID = id
	defer func() {
		if v := recover(); v != nil {
			if err, ok := v.(error); ok {
				r.Err = fmt.Errorf("job %d: %w", id, err)
			} else {
				r.Err = PanicError{v}
			}
		}
	}()
	r.Out = work(id, input)
	return r
}

func main() {
	inputs := []string{"ab:xyz", "nocolon", "q:", "z:12345", ":"}
	results := make(chan Result)
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Add(1)
		go func(i int, in string) {
			defer wg.Done()
			results <- safeWork(i, in)
		}(i, in)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	for _, r := range all {
		var pe PanicError
		fmt.Printf("%d %q %v %v\n", r.ID, r.Out, r.Err, errors.As(r.Err, &pe))
	}
	r := safeWork(9, "panic")
	fmt.Println(r.Err)
	func() {
		defer func() {
			fmt.Println("custom:", recover())
		}()
		panic(PanicError{"nested"})
	}()
}

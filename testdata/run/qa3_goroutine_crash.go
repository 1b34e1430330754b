// A job runner whose workers recover from their own panics and turn them
// into errors -- until one job panics in a goroutine that has no recover,
// which kills the whole program with exit status 2, whatever main was
// doing. Shows why every goroutine needs its own recover.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Job struct {
	ID    int
	Input string
}

type Outcome struct {
	ID     int
	Value  int
	Err    error
	Panick bool
}

var ErrEmpty = errors.New("empty input")

func parseSum(in string) int {
	if in == "" {
		panic(ErrEmpty)
	}
	total := 0
	for _, f := range strings.Split(in, "+") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			panic(fmt.Sprintf("bad term %q", f))
		}
		total += n
	}
	if total > 1000 {
		var arr []int
		return arr[total%7] // index out of range
	}
	return total
}

func safeRun(j Job) (o Outcome) {
	o.ID = j.ID
	defer func() {
		if r := recover(); r != nil {
			o.Panick = true
			switch v := r.(type) {
			case error:
				o.Err = fmt.Errorf("job %d: %w", j.ID, v)
			default:
				o.Err = fmt.Errorf("job %d: %v", j.ID, v)
			}
		}
	}()
	o.Value = parseSum(j.Input)
	return
}

func runAll(jobs []Job, workers int) []Outcome {
	in := make(chan Job)
	out := make(chan Outcome)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- safeRun(j)
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			in <- j
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	var res []Outcome
	for o := range out {
		res = append(res, o)
	}
	sort.Slice(res, func(a, b int) bool { return res[a].ID < res[b].ID })
	return res
}

func main() {
	jobs := []Job{
		{1, "1 + 2 + 3"},
		{2, ""},
		{3, "40 + x"},
		{4, "999 + 5"},
		{5, "7"},
		{6, " 10 +20 "},
	}
	for _, o := range runAll(jobs, 3) {
		if o.Err != nil {
			fmt.Printf("job %d failed (panic=%v): %v | empty=%v\n", o.ID, o.Panick, o.Err, errors.Is(o.Err, ErrEmpty))
		} else {
			fmt.Printf("job %d = %d\n", o.ID, o.Value)
		}
	}

	done := make(chan struct{})
	go func() {
		fmt.Println("unprotected job starting")
		fmt.Println(parseSum("500 + 600"))
		close(done)
	}()
	<-done
	fmt.Println("never printed")
}

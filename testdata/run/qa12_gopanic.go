// A batch processor whose goroutines recover their own panics, until a
// worker hits a panic it does not recover: the whole program dies with
// a custom-typed panic value (exit 2).
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Code int

func (c Code) describe() string { return fmt.Sprintf("code-%d", int(c)) }

type Task struct {
	ID    int
	Input string
}

type Outcome struct {
	ID  int
	Out string
	Err string
}

func work(t Task) string {
	switch {
	case t.Input == "":
		panic("empty input")
	case strings.HasPrefix(t.Input, "!"):
		var arr []int
		return fmt.Sprint(arr[len(t.Input)])
	case t.Input == "fatal":
		panic(Code(7))
	}
	return strings.Repeat(t.Input, 2)
}

func guarded(t Task) (o Outcome) {
	o.ID = t.ID
	defer func() {
		if r := recover(); r != nil {
			o.Err = fmt.Sprint(r)
		}
	}()
	o.Out = work(t)
	return
}

func runBatch(tasks []Task) []Outcome {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var outs []Outcome
	for _, t := range tasks {
		wg.Add(1)
		go func(t Task) {
			defer wg.Done()
			o := guarded(t)
			mu.Lock()
			outs = append(outs, o)
			mu.Unlock()
		}(t)
	}
	wg.Wait()
	sort.Slice(outs, func(i, j int) bool { return outs[i].ID < outs[j].ID })
	return outs
}

func main() {
	tasks := []Task{{1, "ab"}, {2, ""}, {3, "!x"}, {4, "zz"}, {5, "fatal"}}
	for _, o := range runBatch(tasks) {
		fmt.Printf("%d out=%q err=%q\n", o.ID, o.Out, o.Err)
	}
	fmt.Println(Code(7).describe())
	done := make(chan bool)
	go func() {
		fmt.Println("unguarded worker starting")
		work(Task{9, "fatal"})
		close(done)
	}()
	<-done
	fmt.Println("not reached")
}

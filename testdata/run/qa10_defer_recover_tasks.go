// Running tasks that may panic: each task runs under defer/recover,
// panics become errors wrapped with the task name; a deferred cleanup
// stack runs in reverse.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type TaskError struct {
	Task  string
	Cause error
}

func (e *TaskError) Error() string { return "task " + e.Task + ": " + e.Cause.Error() }
func (e *TaskError) Unwrap() error { return e.Cause }

var ErrPanicked = errors.New("panicked")

type Task struct {
	Name string
	Run  func() (int, error)
}

func safeRun(t Task) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &TaskError{t.Name, fmt.Errorf("%w: %v", ErrPanicked, r)}
		}
	}()
	n, err = t.Run()
	if err != nil {
		err = &TaskError{t.Name, err}
	}
	return
}

type Cleanup struct {
	steps []func()
	log   []string
}

func (c *Cleanup) Add(name string) {
	c.steps = append(c.steps, func() { c.log = append(c.log, "undo "+name) })
}

func (c *Cleanup) Run() {
	for i := len(c.steps) - 1; i >= 0; i-- {
		c.steps[i]()
	}
}

func transaction(fail bool) (log []string) {
	c := &Cleanup{}
	defer func() {
		if r := recover(); r != nil {
			c.Run()
			log = append(c.log, fmt.Sprint("recovered: ", r))
		}
	}()
	for _, s := range []string{"a", "b", "c"} {
		c.Add(s)
		if fail && s == "b" {
			panic("step " + s)
		}
	}
	return []string{"committed"}
}

func main() {
	var arr []int
	tasks := []Task{
		{"ok", func() (int, error) { return 42, nil }},
		{"parse", func() (int, error) { return strconv.Atoi("x1") }},
		{"index", func() (int, error) { return arr[3], nil }},
		{"nilmap", func() (int, error) {
			var m map[string]int
			m["a"] = 1
			return 0, nil
		}},
		{"custom", func() (int, error) { panic(fmt.Sprintf("code %d", 7)) }},
	}
	for _, t := range tasks {
		n, err := safeRun(t)
		var te *TaskError
		fmt.Println(n, err, errors.As(err, &te), errors.Is(err, ErrPanicked))
		if te != nil {
			var ne *strconv.NumError
			fmt.Println("  cause:", errors.As(err, &ne), te.Task)
		}
	}
	fmt.Println(transaction(false))
	fmt.Println(transaction(true))
}

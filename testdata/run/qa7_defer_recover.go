// A tiny job runner that turns panics into errors with defer/recover,
// named results modified by deferred closures, and runtime.Error checks.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type PanicError struct {
	Job   string
	Value interface{}
}

func (p PanicError) Error() string { return fmt.Sprintf("job %s panicked: %v", p.Job, p.Value) }

func safeRun(name string, job func() int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("job %s: runtime error: %w", name, re)
				return
			}
			err = PanicError{Job: name, Value: r}
			result = -1
		}
	}()
	result = job()
	return
}

func divide(a, b int) func() int {
	return func() int { return a / b }
}

func index(xs []int, i int) func() int {
	return func() int { return xs[i] }
}

type trace struct {
	steps []string
}

func (t *trace) enter(name string) func() {
	t.steps = append(t.steps, "enter "+name)
	return func() { t.steps = append(t.steps, "leave "+name) }
}

func nested(t *trace, depth int) {
	defer t.enter(fmt.Sprint("level", depth))()
	if depth > 0 {
		nested(t, depth-1)
	}
}

func counted() (n int) {
	for i := 0; i < 3; i++ {
		defer func(i int) { n += i * 10 }(i)
	}
	return 1
}

func main() {
	jobs := []struct {
		name string
		fn   func() int
	}{
		{"ok", divide(10, 3)},
		{"div0", divide(1, 0)},
		{"oob", index([]int{1, 2}, 5)},
		{"custom", func() int { panic("bad input") }},
		{"err", func() int { panic(errors.New("wrapped")) }},
	}
	for _, j := range jobs {
		r, err := safeRun(j.name, j.fn)
		var pe PanicError
		switch {
		case err == nil:
			fmt.Println(j.name, "=", r)
		case errors.As(err, &pe):
			fmt.Println(j.name, "->", pe.Value, r)
		default:
			var re runtime.Error
			fmt.Println(j.name, "->", err, errors.As(err, &re))
		}
	}
	t := &trace{}
	nested(t, 2)
	fmt.Println(strings.Join(t.steps, ", "))
	fmt.Println(counted())
}

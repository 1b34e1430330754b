// A batch runner that recovers runtime errors from each step and reports
// them; the final step's unrecovered panic ends the program (exit 2).
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Step struct {
	Name string
	Run  func() int
}

type StepError struct {
	Step  string
	Cause any
}

func (e *StepError) Error() string { return fmt.Sprintf("step %s: %v", e.Step, e.Cause) }

func safeRun(s Step) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok && strings.HasPrefix(re.Error(), "runtime error") {
				err = &StepError{s.Name, re}
				return
			}
			err = &StepError{s.Name, fmt.Sprint("panic value: ", r)}
		}
	}()
	return s.Run(), nil
}

type shape interface{ Area() int }
type sq struct{ s int }
type rect struct{ w, h int }

func (q sq) Area() int    { return q.s * q.s }
func (r *rect) Area() int { return r.w * r.h }

func main() {
	var nilMap map[string]int
	xs := []int{1, 2, 3}
	zero := 0
	var sh shape = sq{3}
	var np *rect
	steps := []Step{
		{"ok", func() int { return len(xs) }},
		{"index", func() int { i := 5; return xs[i] }},
		{"slice", func() int { j := 4; return len(xs[1:j]) }},
		{"div", func() int { return 10 / zero }},
		{"nilmap", func() int { nilMap["a"] = 1; return 0 }},
		{"assert", func() int { return sh.(*rect).w }},
		{"nilptr", func() int { return np.Area() }},
		{"custom", func() int { panic(errors.New("custom failure")) }},
		{"string", func() int { panic("plain string") }},
		{"makeslice", func() int { n := -zero - 1; return len(make([]byte, n)) }},
		{"conv", func() int { var a any = "str"; return a.(int) }},
		{"closed", func() int { c := make(chan int); close(c); close(c); return 0 }},
		{"ok2", func() int { return sh.Area() }},
	}
	failed := 0
	for _, s := range steps {
		n, err := safeRun(s)
		if err != nil {
			failed++
			var se *StepError
			errors.As(err, &se)
			fmt.Println("FAIL", se.Step, "-", se.Cause)
			continue
		}
		fmt.Println("ok  ", s.Name, n)
	}
	fmt.Fprintln(os.Stderr, "failed:", failed)
	arr := [4]int{1, 2, 3, 4}
	k := len(steps)
	defer fmt.Println("deferred before crash")
	fmt.Println(arr[k%8])
}

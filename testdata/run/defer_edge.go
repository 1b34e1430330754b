package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

type MyErr struct{ Op string }

func (e *MyErr) Error() string { return "myerr: " + e.Op }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("recovered: %w", re)
			} else {
				err = fmt.Errorf("other: %v", r)
			}
		}
	}()
	return a / b, nil
}

func wrapPanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(&MyErr{"open"})
}

type Stack struct{ items []int }

func (s *Stack) Pop() (v int, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = -1, false
		}
	}()
	v = s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func deferOrder() (out []string) {
	for i := 0; i < 3; i++ {
		func() {
			defer func() { out = append(out, fmt.Sprint("inner", i)) }()
			out = append(out, fmt.Sprint("body", i))
		}()
	}
	return
}

func panicInGoroutineRecovered() string {
	var wg sync.WaitGroup
	var msg string
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { msg = fmt.Sprint("goroutine recovered: ", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
	wg.Wait()
	return msg
}

func goexitRunsDefers() string {
	done := make(chan string)
	go func() {
		defer func() { done <- "deferred ran, recover=" + fmt.Sprint(recover()) }()
		runtime.Goexit()
	}()
	return <-done
}

func multiLevel() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprintf("outer recovered %v", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re-panic of %v", r))
		}()
		panic("original")
	}()
	return "not reached"
}

func errorsAs() {
	_, err := safeDiv(1, 0)
	fmt.Println(err)
	var re runtime.Error
	fmt.Println(errors.As(err, &re), re)
	err = wrapPanic()
	var me *MyErr
	fmt.Println(errors.As(err, &me), me.Op)
}

func deferArgsEval() {
	x := 10
	defer fmt.Println("deferred arg", x*2)
	p := &x
	defer func(v int) { fmt.Println("closure arg", v, "now", *p) }(x)
	x = 20
}

func recoverValueTypes() {
	for _, f := range []func(){
		func() { panic(42) },
		func() { panic("str") },
		func() { panic(errors.New("e")) },
		func() { panic(fmt.Sprintf("%d", 7)) },
		func() { var a []int; _ = a[3] },
		func() { panic(nil) },
	} {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("%T %v\n", r, r)
			}()
			f()
		}()
	}
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(wrapPanic())
	s := &Stack{items: []int{1}}
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
	fmt.Println(deferOrder())
	fmt.Println(panicInGoroutineRecovered())
	fmt.Println(goexitRunsDefers())
	fmt.Println(multiLevel())
	errorsAs()
	deferArgsEval()
	recoverValueTypes()
}

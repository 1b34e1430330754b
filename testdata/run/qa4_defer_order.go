// Defer semantics a Go quiz asks about: evaluation time of arguments,
// LIFO order, named results changed by deferred closures, recover only in
// the deferred call itself, re-panics, panics replacing panics, and
// runtime.Goexit running defers. Ends with a nested panic (exit 2).
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
)

var trace []string

func log(format string, args ...interface{}) {
	trace = append(trace, fmt.Sprintf(format, args...))
}

func argsEvaluatedEarly() {
	x := 1
	defer log("deferred x=%d", x)
	defer func() { log("closure x=%d", x) }()
	x = 2
	log("body x=%d", x)
}

func lifo() {
	for i := 0; i < 4; i++ {
		defer log("loop defer %d", i)
	}
}

func namedResult() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			n = -1
		}
	}()
	defer func() { n *= 10 }()
	n = 4
	panic("kaboom")
}

func doubled() (s string) {
	defer func() { s = strings.Repeat(s, 2) }()
	return "ab"
}

func helperRecover() interface{} { return recover() }

func indirectRecover() (got interface{}) {
	defer func() {
		got = recover()
	}()
	defer func() {
		log("helper recover returned %v", helperRecover())
	}()
	panic("direct only")
}

func rePanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("outer caught: %v", r)
		}
	}()
	func() {
		defer func() {
			r := recover()
			log("inner caught %v, re-panicking", r)
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	}()
	return nil
}

func replaced() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	defer func() { panic("second (replaces first)") }()
	panic("first")
}

type resource struct {
	name   string
	closed bool
}

func (r *resource) Close() error {
	if r.closed {
		return errors.New(r.name + ": already closed")
	}
	r.closed = true
	log("closed %s", r.name)
	return nil
}

func useResources() (err error) {
	a := &resource{name: "db"}
	defer func() {
		if cerr := a.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	b := &resource{name: "cache"}
	defer b.Close()
	b.Close()
	return nil
}

func goexitRunsDefers() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer log("goroutine defer ran, recover=%v", recover())
		func() {
			defer log("inner defer before Goexit")
			runtime.Goexit()
		}()
		log("never printed")
	}()
	wg.Wait()
}

func methodValueDefer() {
	r := &resource{name: "file"}
	closeFn := r.Close
	r = &resource{name: "other"}
	defer closeFn()
	log("switched to %s", r.name)
}

func main() {
	argsEvaluatedEarly()
	lifo()
	n, err := namedResult()
	log("namedResult -> %d, %v", n, err)
	log("doubled -> %s", doubled())
	log("indirectRecover -> %v", indirectRecover())
	log("rePanic -> %v", rePanic())
	log("replaced -> %s", replaced())
	log("useResources -> %v", useResources())
	goexitRunsDefers()
	methodValueDefer()
	log("recover outside panic: %v", recover())
	for i, t := range trace {
		fmt.Printf("%2d %s\n", i+1, t)
	}

	defer fmt.Println("main's deferred print runs before the crash report")
	defer func() {
		panic(fmt.Sprintf("panic in defer while %d lines logged", len(trace)))
	}()
	var m map[string][]int
	m["x"] = append(m["x"], 1)
}

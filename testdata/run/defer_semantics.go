package main

import (
	"fmt"
	"os"
)

func lifo() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	defer fmt.Println("last deferred, first run")
	fmt.Println("lifo body")
}

func argsEvaluatedAtDefer() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 3
}

func namedResult() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func recoverSetsResult() (r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
			r = -1
		}
	}()
	panic("oops")
}

func returnThenPanicInDefer() int {
	defer func() { recover() }()
	defer func() { panic("in defer") }()
	return 7
}

func unnamedResultOnPanic() int {
	defer func() { recover() }()
	panic("x")
}

func helper() interface{} { return recover() }

func recoverInHelper() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		fmt.Println("helper returned:", helper())
	}()
	panic("p")
}

func recoverOutsidePanic() {
	fmt.Println("recover outside panic:", recover())
	defer func() { fmt.Println("recover in defer without panic:", recover()) }()
}

func nestedRecover() {
	defer func() { fmt.Println("recovered:", recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

func panicNil() {
	defer func() {
		r := recover()
		fmt.Println("panic(nil) recovered:", r, r == nil)
	}()
	panic(nil)
}

type Obj struct{ name string }

func (o Obj) Close()   { fmt.Println("close", o.name) }
func (o *Obj) PClose() { fmt.Println("pclose", o.name) }

type Closer interface{ Close() }

func methodDefers() {
	o := Obj{"a"}
	defer o.Close()
	defer o.PClose()
	var c Closer = Obj{"iface"}
	defer c.Close()
	f := o.Close
	o.name = "changed"
	defer f()
	defer o.Close()
}

func deferModifiesAfterRecover() (s []string) {
	defer func() { s = append(s, "outer") }()
	defer func() {
		if r := recover(); r != nil {
			s = append(s, fmt.Sprint("recovered ", r))
		}
	}()
	s = append(s, "body")
	var m map[int]int
	m[1] = 1
	return nil
}

func deepPanic(n int) {
	if n == 0 {
		panic(fmt.Sprintf("deep %d", n))
	}
	defer fmt.Println("unwinding", n)
	deepPanic(n - 1)
}

func catchDeep() {
	defer func() { fmt.Println("caught:", recover()) }()
	deepPanic(3)
}

type recoverer struct{}

func (recoverer) Rec() { fmt.Println("method recover:", recover()) }

func methodRecover() {
	defer recoverer{}.Rec()
	panic("via method")
}

func closureDefer() {
	fns := []func(){}
	for i := 0; i < 3; i++ {
		i := i
		fns = append(fns, func() { fmt.Println("closure", i) })
	}
	for _, f := range fns {
		defer f()
	}
}

func recursiveDefer(n int) (out int) {
	defer func() { out += n }()
	if n == 0 {
		return 0
	}
	return recursiveDefer(n - 1)
}

func main() {
	lifo()
	argsEvaluatedAtDefer()
	fmt.Println("namedResult:", namedResult())
	r, err := recoverSetsResult()
	fmt.Println("recoverSetsResult:", r, err)
	fmt.Println("returnThenPanicInDefer:", returnThenPanicInDefer())
	fmt.Println("unnamedResultOnPanic:", unnamedResultOnPanic())
	fmt.Println(recoverInHelper())
	recoverOutsidePanic()
	nestedRecover()
	panicNil()
	methodDefers()
	fmt.Println(deferModifiesAfterRecover())
	catchDeep()
	methodRecover()
	closureDefer()
	fmt.Println("recursiveDefer:", recursiveDefer(4))
	defer fmt.Println("main's defer runs before exit? no: os.Exit below")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(0)
}

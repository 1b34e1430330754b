package main

import (
	"fmt"
	"os"
	"sync"
)

type T struct{ name string }

func (t T) Hello(n int) { fmt.Println("hello", t.name, n) }
func (t *T) Set(s string) { t.name = s }

func deferBuiltins() (err error) {
	m := map[string]int{"a": 1, "b": 2}
	ch := make(chan int, 1)
	a := []int{1, 2, 3}
	b := []int{9, 9}
	defer func() { fmt.Println("after:", m, len(ch), a) }()
	defer delete(m, "a")
	defer close(ch)
	defer copy(a, b)
	defer println("println deferred")
	defer print("print deferred\n")
	ch <- 1
	return nil
}

func deferRecoverDirect() {
	defer func() { fmt.Println("outer got:", recover()) }()
	defer recover()
	panic("p1")
}

func deferPanic() {
	defer func() { fmt.Println("got:", recover()) }()
	defer panic("deferred panic")
	fmt.Println("body")
}

func main() {
	fmt.Println(deferBuiltins())
	deferRecoverDirect()
	deferPanic()
	t := T{"a"}
	defer t.Hello(1)
	t.Set("b")
	defer t.Hello(2)
	pt := &t
	defer pt.Hello(3)
	t.Set("c")
	var wg sync.WaitGroup
	wg.Add(2)
	res := make([]string, 2)
	go func() { defer wg.Done(); res[0] = fmt.Sprint(t.name) }()
	f := t.Hello
	go func() { defer wg.Done(); f(4) }()
	wg.Wait()
	fmt.Println(res[0])
	done := make(chan bool)
	go close(done)
	<-done
	hm := T.Hello
	hm(t, 5)
	sm := (*T).Set
	sm(&t, "d")
	fmt.Println(t.name)
	fmt.Fprintln(os.Stderr, "to stderr")
}

package main

import (
	"errors"
	"fmt"
	"unsafe"
)

type Padded struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	b int64
	a bool
	c bool
}

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func makeAdder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func cleanup(name string, log *[]string) {
	*log = append(*log, "closed "+name)
}

func work(fail bool) (err error) {
	var log []string
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
		fmt.Println(log)
	}()
	defer cleanup("file", &log)
	if fail {
		panic(errors.New("boom"))
	}
	return nil
}

func main() {
	fmt.Println(unsafe.Sizeof(Padded{}), unsafe.Sizeof(Packed{}), unsafe.Alignof(Padded{}.b), unsafe.Offsetof(Padded{}.c))
	var acc Acc
	add := acc.Add
	apply(add, 1, 2, 3)
	fmt.Println(acc.total)
	inc := makeAdder(10)
	fmt.Println(inc(5))
	shapes := []Shape{Sq{2}, Sq{3}}
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	fmt.Println(sum)
	f := Sq.Area
	fmt.Println(f(Sq{4}))
	counter := 0
	bump := func() { counter++ }
	bump()
	bump()
	fmt.Println(counter)
	fmt.Println(work(false), work(true))
}

// go and defer of variadic calls in loops: gc builds the ... slice inside
// its wrapper, so each statement allocates one closure (B115).
package main

import (
	"fmt"
	"sync"
	"testing"
)

var kept [][]interface{}
var total int

func keep(xs ...interface{}) { kept = append(kept, xs) }
func add(xs ...int) {
	for _, x := range xs {
		total += x
	}
}

type S struct{ n int }

func (s *S) Add(xs ...int) {
	for _, x := range xs {
		s.n += x
	}
}

type Adder interface{ Add(xs ...int) }

func loops(n int) {
	s := &S{}
	var a Adder = s
	for i := 0; i < n; i++ {
		defer add(i, i+1, i+2)
		defer keep(i, "x")
		defer s.Add(i)
		defer a.Add(i, 1)
		defer fmt.Sprint(i, i)
	}
}

func gos(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(xs ...int) {
			defer wg.Done()
			add(xs...)
		}(i, i)
	}
	wg.Wait()
}

func main() {
	loops(2)
	gos(2)
	fmt.Println(total, len(kept), kept[0])
	fmt.Println(testing.AllocsPerRun(20, func() { loops(3) }))
	fmt.Println(testing.AllocsPerRun(20, func() { gos(3) }))
	fmt.Println(total, len(kept))
}

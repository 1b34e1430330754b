// errorcheck -0 -m

// go/defer of a call of a generic instance: gc passes the dictionary as
// the first argument, copied into a temporary of the wrapper like the
// others ("(*Box[...]).Add(.autotmp_2, .autotmp_3, .autotmp_4)"; B121).
package p

import "sync"

type Box[T any] struct{ items []T }

func (b *Box[T]) Add(v T) { b.items = append(b.items, v) } // ERROR "can inline \(\*Box\[go\.shape\.\*uint8_0\]\)\.Add$" "can inline \(\*Box\[go\.shape\.int_0\]\)\.Add$" "can inline \(\*Box\[go\.shape\.string_0\]\)\.Add$"

//go:noinline
func Emit[T any](wg *sync.WaitGroup, out *[]T, v T) {
	defer wg.Done()
	*out = append(*out, v)
}

func deferMethod(b *Box[*int], p *int) { // ERROR "leaking param content: b$" "leaking param: p$"
	defer b.Add(p)
}

func goFunc(wg *sync.WaitGroup, out *[]string, s string) { // ERROR "leaking param: wg$" "leaking param: out$" "leaking param: s$"
	wg.Add(1)
	go Emit(wg, out, s)
}

func inGeneric[T any](b *Box[T], v T) {
	defer b.Add(v)
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	var out []T // ERROR "moved to heap: out$"
	wg.Add(1)
	go Emit(&wg, &out, v)
	wg.Wait()
}

func use() {
	inGeneric(&Box[int]{}, 3) // ERROR "&Box\[int\]\{\} does not escape$"
	inGeneric(&Box[string]{}, "x") // ERROR "&Box\[string\]\{\} does not escape$"
}

func loopDefer(b *Box[int]) { // ERROR "leaking param: b$"
	for i := 0; i < 3; i++ {
		defer b.Add(i)
	}
}

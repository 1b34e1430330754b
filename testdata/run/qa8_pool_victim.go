// sync.Pool and the garbage collector: a collection moves pooled objects
// to a victim cache, a second one drops them, so New runs again.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type buffer struct {
	id  int
	buf []byte
}

var made int

var pool = sync.Pool{
	New: func() interface{} {
		made++
		return &buffer{id: made, buf: make([]byte, 0, 128)}
	},
}

func use(tag string) int {
	b := pool.Get().(*buffer)
	b.buf = append(b.buf[:0], tag...)
	id := b.id
	pool.Put(b)
	return id
}

func main() {
	// One P: with several, the goroutine may resume on another P after a
	// collection and miss the victim cache of the P it put into.
	runtime.GOMAXPROCS(1)
	fmt.Println("first:", use("a"), "made", made)
	fmt.Println("reuse:", use("b"), "made", made)

	runtime.GC()
	fmt.Println("after one GC:", use("c"), "made", made)

	runtime.GC()
	runtime.GC()
	fmt.Println("after two GCs:", use("d"), "made", made)

	x := pool.Get().(*buffer)
	y := pool.Get().(*buffer)
	fmt.Println("two at once:", x.id != y.id, "made", made)
	pool.Put(x)
	pool.Put(y)

	var empty sync.Pool
	fmt.Println("no New:", empty.Get())
	empty.Put("s")
	fmt.Println("put then get:", empty.Get(), empty.Get())

	var p2 sync.Pool
	p2.Put(nil)
	fmt.Println("nil put ignored:", p2.Get())
}

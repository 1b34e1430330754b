// sync.Pool drops a Put object after two collections (the victim cache
// keeps it through one; which P's victim is seen after one GC is not
// deterministic in go, so that case is not printed); New counts misses.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type buf struct {
	id   int
	data []byte
}

var made int

var pool = sync.Pool{New: func() any {
	made++
	return &buf{id: 100 + made, data: make([]byte, 512)}
}}

func cycle(label string, gcs int) {
	b := pool.Get().(*buf)
	fmt.Println(label, "got", b.id)
	pool.Put(b)
	for i := 0; i < gcs; i++ {
		switch {
		case i >= 0:
			runtime.GC()
		}
	}
	c := pool.Get().(*buf)
	fmt.Println(label, "after", gcs, "GCs got", c.id, "same:", c == b)
	pool.Put(c)
}

func main() {
	defer func() { fmt.Println("made", made) }()
	cycle("a", 0)
	cycle("c", 2)
	cycle("d", 3)
	cycle("e", 0)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("NumGC >= 5:", m.NumGC >= 5, "forced:", m.NumForcedGC >= 5)
}

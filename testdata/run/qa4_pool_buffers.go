// sync.Pool for reusable buffers in a formatter: how many buffers New
// creates with and without the pool, Put/Get reuse on one goroutine, and
// the pool emptied by garbage collections (victim cache: one GC keeps the
// objects, two GCs drop them).
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

var created int

var bufPool = sync.Pool{
	New: func() interface{} {
		created++
		return new(bytes.Buffer)
	},
}

type record struct {
	id    int
	name  string
	score float64
}

func format(r record) string {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	b.WriteString("#")
	b.WriteString(strconv.Itoa(r.id))
	b.WriteString(" ")
	b.WriteString(r.name)
	b.WriteString(" ")
	b.WriteString(strconv.FormatFloat(r.score, 'f', 1, 64))
	s := b.String()
	bufPool.Put(b)
	return s
}

func formatNoPool(r record) string {
	b := new(bytes.Buffer)
	created++
	fmt.Fprintf(b, "#%d %s %.1f", r.id, r.name, r.score)
	return b.String()
}

func main() {
	recs := []record{{1, "ann", 9.5}, {2, "bob", 7.25}, {3, "cy", 8}}
	for i := 0; i < 3; i++ {
		for _, r := range recs {
			if i == 0 {
				fmt.Println(format(r))
			} else {
				format(r)
			}
		}
	}
	fmt.Println("with pool, buffers created:", created)
	created = 0
	for i := 0; i < 3; i++ {
		for _, r := range recs {
			formatNoPool(r)
		}
	}
	fmt.Println("without pool, buffers created:", created)

	// Identity: the object Put is the object Get returns next.
	p := sync.Pool{}
	fmt.Println("empty pool without New:", p.Get())
	x := &record{id: 7}
	p.Put(x)
	y := p.Get().(*record)
	fmt.Println("same object back:", x == y, p.Get() == nil)

	// Collections: the first moves pooled objects to the victim cache,
	// the second drops them (after one, whether the object comes back
	// depends on which P the goroutine runs on; after two it never does).
	b := bufPool.Get().(*bytes.Buffer)
	bufPool.Put(b)
	runtime.GC()
	runtime.GC()
	b3 := bufPool.Get().(*bytes.Buffer)
	fmt.Println("after two GCs, reused:", b3 == b)
	created = 0

	// Many goroutines: every Get is matched by a Put, results are checked.
	var wg sync.WaitGroup
	var mu sync.Mutex
	lines := map[string]bool{}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				s := format(record{g*100 + i, "w" + strconv.Itoa(g), float64(i) / 2})
				mu.Lock()
				lines[s] = true
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("distinct lines:", len(lines), "buffers created <= goroutines+1:", created <= 9)
}

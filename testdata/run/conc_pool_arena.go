package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

// sync.Pool of buffers shared by workers formatting records; New counts
// how many buffers were ever made. Without a GC between Put and Get, a
// single goroutine gets its own buffer back.

var made int

var pool = sync.Pool{
	New: func() any {
		made++
		return new(bytes.Buffer)
	},
}

type record struct {
	id   int
	tags []string
}

func render(r record) string {
	b := pool.Get().(*bytes.Buffer)
	b.Reset()
	fmt.Fprintf(b, "#%03d[%s]", r.id, strings.Join(r.tags, ","))
	s := b.String()
	pool.Put(b)
	return s
}

func main() {
	first := pool.Get().(*bytes.Buffer)
	first.WriteString("reused")
	pool.Put(first)
	again := pool.Get().(*bytes.Buffer)
	fmt.Println("same buffer:", again == first, again.String())
	pool.Put(again)

	recs := make([]record, 40)
	for i := range recs {
		recs[i] = record{i, []string{"a", strings.Repeat("b", i%4+1)}}
	}
	out := make([]string, len(recs))
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(recs); i += 4 {
				out[i] = render(recs[i])
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(out[0], out[1], out[17], out[39])
	total := 0
	for _, s := range out {
		total += len(s)
	}
	fmt.Println("total length", total)
}

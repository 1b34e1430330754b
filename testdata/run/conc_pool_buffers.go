// sync.Pool of byte buffers shared by workers; results must not depend
// on reuse.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

var bufPool = sync.Pool{
	New: func() interface{} { return new(bytes.Buffer) },
}

func render(id int, words []string) string {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	defer bufPool.Put(b)
	fmt.Fprintf(b, "worker %d:", id)
	for _, w := range words {
		b.WriteByte(' ')
		b.WriteString(w)
	}
	return b.String()
}

func main() {
	words := []string{"alpha", "beta", "gamma", "delta"}
	var mu sync.Mutex
	var out []string
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			s := render(id, words[:id%4+1])
			mu.Lock()
			out = append(out, s)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Strings(out)
	for _, s := range out {
		fmt.Println(s)
	}
	var p sync.Pool
	fmt.Println("empty pool:", p.Get())
	p.Put("x")
	v := p.Get()
	fmt.Println("got back:", v == "x" || v == nil)
}

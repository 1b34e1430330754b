// Reusing buffers with sync.Pool in a template-ish renderer: the pool's
// New function counts how many buffers were ever created, the renderer
// resets buffers before putting them back, and a GC empties the pool (the
// victim cache survives one cycle, not two). Only counts that Go
// guarantees in a single goroutine are printed.
// gosub:nostress the count of buffers New created depends on how many collections emptied the pool (Go empties a Pool at every GC)
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type Renderer struct {
	pool    sync.Pool
	created int
	mu      sync.Mutex
}

func NewRenderer() *Renderer {
	r := &Renderer{}
	r.pool.New = func() interface{} {
		r.mu.Lock()
		r.created++
		r.mu.Unlock()
		return new(bytes.Buffer)
	}
	return r
}

func (r *Renderer) Render(tmpl string, vars map[string]string) string {
	buf := r.pool.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		r.pool.Put(buf)
	}()
	for {
		i := strings.Index(tmpl, "{{")
		if i < 0 {
			buf.WriteString(tmpl)
			break
		}
		buf.WriteString(tmpl[:i])
		j := strings.Index(tmpl[i:], "}}")
		if j < 0 {
			buf.WriteString(tmpl[i:])
			break
		}
		key := strings.TrimSpace(tmpl[i+2 : i+j])
		if v, ok := vars[key]; ok {
			buf.WriteString(v)
		} else {
			fmt.Fprintf(buf, "<missing %s>", key)
		}
		tmpl = tmpl[i+j+2:]
	}
	return buf.String()
}

func (r *Renderer) Created() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.created
}

func main() {
	r := NewRenderer()
	vars := map[string]string{"name": "Gopher", "lang": "Go", "n": "3"}
	tmpls := []string{
		"Hello, {{name}}!",
		"{{ lang }} has {{n}} GC phases",
		"{{missing}} and {{name",
		"no placeholders",
	}
	for round := 0; round < 3; round++ {
		for _, t := range tmpls {
			out := r.Render(t, vars)
			if round == 0 {
				fmt.Println(out)
			}
		}
	}
	before := r.Created()
	fmt.Println("few buffers for 12 sequential renders:", before <= 2)

	runtime.GC()
	runtime.GC()
	r.Render("after two GCs: {{name}}", vars)
	fmt.Println("after two GCs the pool had to create one:", r.Created() == before+1)

	// Concurrent rendering: results are collected and sorted.
	var wg sync.WaitGroup
	results := make([]string, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = r.Render("{{name}}-"+fmt.Sprint(i%5), vars)
		}(i)
	}
	wg.Wait()
	sort.Strings(results)
	fmt.Println(results[0], results[19], len(results))
	fmt.Println("created at most 21 buffers:", r.Created() <= 21)

	var p sync.Pool
	fmt.Println("empty pool without New:", p.Get())
	p.Put("x")
	v := p.Get()
	fmt.Println("got back:", v)

	big := &sync.Pool{New: func() interface{} { b := make([]byte, 0, 64<<10); return &b }}
	bp := big.Get().(*[]byte)
	*bp = append(*bp, "payload"...)
	fmt.Println(len(*bp), cap(*bp))
	*bp = (*bp)[:0]
	big.Put(bp)
	again := big.Get().(*[]byte)
	fmt.Println("same buffer:", again == bp, len(*again), cap(*again))
}

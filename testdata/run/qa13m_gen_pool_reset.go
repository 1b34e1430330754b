// A typed object pool built on sync.Pool with a pointer-method constraint
// (PT interface{ *T; Reset() }), used for request and buffer objects.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

type Resetter[T any] interface {
	*T
	Reset()
}

type Pool[T any, PT Resetter[T]] struct {
	p    sync.Pool
	news int
	gets int
	mu   sync.Mutex
}

func NewPool[T any, PT Resetter[T]]() *Pool[T, PT] {
	pl := &Pool[T, PT]{}
	pl.p.New = func() any {
		pl.mu.Lock()
		pl.news++
		pl.mu.Unlock()
		return PT(new(T))
	}
	return pl
}

func (p *Pool[T, PT]) Get() PT {
	p.mu.Lock()
	p.gets++
	p.mu.Unlock()
	return p.p.Get().(PT)
}

func (p *Pool[T, PT]) Put(x PT) {
	x.Reset()
	p.p.Put(x)
}

type Request struct {
	Method  string
	Path    string
	Headers []string
}

func (r *Request) Reset() {
	r.Method, r.Path = "", ""
	r.Headers = r.Headers[:0]
}

func parseRequest(pool *Pool[Request, *Request], raw string) (string, error) {
	r := pool.Get()
	defer pool.Put(r)
	lines := strings.Split(raw, "\n")
	parts := strings.Fields(lines[0])
	if len(parts) != 2 {
		return "", fmt.Errorf("bad request line %q", lines[0])
	}
	r.Method, r.Path = parts[0], parts[1]
	for _, h := range lines[1:] {
		if h != "" {
			r.Headers = append(r.Headers, strings.ToLower(h))
		}
	}
	return fmt.Sprintf("%s %s (%d headers)", r.Method, r.Path, len(r.Headers)), nil
}

func render(pool *Pool[bytes.Buffer, *bytes.Buffer], items []string) string {
	b := pool.Get()
	defer pool.Put(b)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(it)
	}
	return b.String()
}

func main() {
	reqs := NewPool[Request, *Request]()
	inputs := []string{
		"GET /index\nHost: x\nAccept: */*",
		"POST /api/items\nContent-Type: json",
		"BROKEN",
		"DELETE /item/7",
	}
	for _, in := range inputs {
		s, err := parseRequest(reqs, in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s)
	}
	fmt.Println("gets:", reqs.gets, "news>0:", reqs.news > 0)
	bufs := NewPool[bytes.Buffer, *bytes.Buffer]()
	fmt.Println(render(bufs, []string{"a", "b", "c"}))
	fmt.Println(render(bufs, nil) == "")
	fmt.Println(render(bufs, strings.Fields("x y")))
	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = render(bufs, []string{fmt.Sprint(i), fmt.Sprint(i * i)})
		}(i)
	}
	wg.Wait()
	fmt.Println(strings.Join(results, " | "))
	fmt.Println("buffer gets:", bufs.gets)
}

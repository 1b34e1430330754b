// A sync.Pool of request structs with a Reset method: how many objects the
// pool's New function really builds when each request is returned.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Request struct {
	Method  string
	Path    string
	Headers map[string]string
	Body    []byte
}

func (r *Request) Reset() {
	r.Method = ""
	r.Path = ""
	for k := range r.Headers {
		delete(r.Headers, k)
	}
	r.Body = r.Body[:0]
}

var created int

var reqPool = sync.Pool{
	New: func() any {
		created++
		return &Request{Headers: make(map[string]string), Body: make([]byte, 0, 32)}
	},
}

func parse(line string) *Request {
	r := reqPool.Get().(*Request)
	parts := strings.SplitN(line, " ", 3)
	r.Method = parts[0]
	r.Path = parts[1]
	if len(parts) == 3 {
		for _, kv := range strings.Split(parts[2], ";") {
			k, v, ok := strings.Cut(kv, "=")
			if ok {
				r.Headers[strings.ToLower(k)] = v
			}
		}
	}
	r.Body = append(r.Body, line...)
	return r
}

func release(r *Request) {
	r.Reset()
	reqPool.Put(r)
}

func describe(r *Request) string {
	var sb strings.Builder
	sb.WriteString(r.Method)
	sb.WriteByte(' ')
	sb.WriteString(r.Path)
	if ct, ok := r.Headers["content-type"]; ok {
		sb.WriteString(" [")
		sb.WriteString(ct)
		sb.WriteString("]")
	}
	fmt.Fprintf(&sb, " body=%d", len(r.Body))
	return sb.String()
}

func main() {
	lines := []string{
		"GET /index.html",
		"POST /api/items Content-Type=json;X-Id=7",
		"DELETE /api/items/3",
		"PUT /api/items/4 content-type=text",
	}
	for round := 0; round < 3; round++ {
		for _, l := range lines {
			r := parse(l)
			if round == 0 {
				fmt.Println(describe(r))
			}
			release(r)
		}
	}
	fmt.Println("pool built objects:", created > 0)

	held := make([]*Request, 0, len(lines))
	for _, l := range lines {
		held = append(held, parse(l))
	}
	fmt.Println("held", len(held), "paths:", held[0].Path, held[3].Path)
	for _, r := range held {
		release(r)
	}
}

// Constructors that return pointers, and a fluent builder that chains
// methods on *Request. Which allocations does the caller keep on its stack?
package main

import (
	"fmt"
	"strings"
)

type Header struct {
	Key, Value string
}

type Request struct {
	Method  string
	Path    string
	Headers []Header
	Body    []byte
	retries int
}

func NewRequest(method, path string) *Request {
	return &Request{Method: method, Path: path}
}

func (r *Request) With(key, value string) *Request {
	r.Headers = append(r.Headers, Header{key, value})
	return r
}

func (r *Request) WithBody(s string) *Request {
	r.Body = []byte(s)
	return r
}

func (r *Request) Retries(n int) *Request {
	r.retries = n
	return r
}

func (r *Request) String() string {
	var sb strings.Builder
	sb.WriteString(r.Method)
	sb.WriteByte(' ')
	sb.WriteString(r.Path)
	for _, h := range r.Headers {
		sb.WriteString(" [")
		sb.WriteString(h.Key)
		sb.WriteString("=")
		sb.WriteString(h.Value)
		sb.WriteString("]")
	}
	if len(r.Body) > 0 {
		fmt.Fprintf(&sb, " body=%d bytes", len(r.Body))
	}
	if r.retries > 0 {
		fmt.Fprintf(&sb, " retries=%d", r.retries)
	}
	return sb.String()
}

// newLocal builds a request that never leaves this function.
func newLocal() int {
	r := NewRequest("GET", "/health")
	r.With("Accept", "*/*")
	return len(r.Headers)
}

var kept []*Request

func keep(r *Request) { kept = append(kept, r) }

func main() {
	r := NewRequest("POST", "/users").
		With("Content-Type", "application/json").
		With("X-Trace", "abc123").
		WithBody(`{"name":"gopher"}`).
		Retries(3)
	fmt.Println(r)
	fmt.Println("local headers:", newLocal())

	for i := 0; i < 3; i++ {
		keep(NewRequest("GET", fmt.Sprintf("/items/%d", i)))
	}
	for _, k := range kept {
		fmt.Println(k.String())
	}
	copyOf := *r
	copyOf.Path = "/copy"
	fmt.Println(r.Path, copyOf.Path, len(copyOf.Headers) == len(r.Headers))
}

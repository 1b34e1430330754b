// HTTP-style middleware chains without net/http: handlers as funcs and as
// interfaces, small adapter constructors that return closures (inlined into
// their callers), method values taken from interfaces, and defers in loops.
package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Path    string
	Headers map[string]string
}

type Response struct {
	Status int
	Body   strings.Builder
}

type Handler interface {
	Serve(*Response, *Request)
}

type HandlerFunc func(*Response, *Request)

func (f HandlerFunc) Serve(w *Response, r *Request) { f(w, r) }

type Middleware func(Handler) Handler

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			*log = append(*log, "-> "+r.Path)
			next.Serve(w, r)
			*log = append(*log, fmt.Sprintf("<- %s %d", r.Path, w.Status))
		})
	}
}

func RequireHeader(name string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			if _, ok := r.Headers[name]; !ok {
				w.Status = 400
				w.Body.WriteString("missing " + name)
				return
			}
			next.Serve(w, r)
		})
	}
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type hello struct{ greeting string }

func (h *hello) Serve(w *Response, r *Request) {
	w.Status = 200
	w.Body.WriteString(h.greeting)
	w.Body.WriteString(", ")
	w.Body.WriteString(strings.TrimPrefix(r.Path, "/"))
}

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func closeAll(names []string, log *[]string) {
	for _, n := range names {
		defer func(n string) { *log = append(*log, "closed "+n) }(n)
	}
	*log = append(*log, "opened all")
}

func main() {
	var log []string
	h := Chain(&hello{"hi"}, Logging(&log), RequireHeader("X-User"))
	serve := h.Serve
	reqs := []*Request{
		{Path: "/ann", Headers: map[string]string{"X-User": "ann"}},
		{Path: "/anon", Headers: nil},
	}
	for _, r := range reqs {
		var w Response
		serve(&w, r)
		fmt.Println(w.Status, w.Body.String())
	}
	fmt.Println(strings.Join(log, " | "))

	add5 := adder(5)
	fmt.Println(add5(10), adder(-1)(1))

	var more []string
	closeAll([]string{"a", "b", "c"}, &more)
	fmt.Println(more)

	var sb strings.Builder
	write := sb.WriteString
	for _, s := range []string{"x", "y", "z"} {
		write(s)
	}
	fmt.Println(sb.String(), sb.Len())
}

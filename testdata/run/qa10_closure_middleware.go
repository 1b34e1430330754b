// Escaping closures: HTTP-like middleware built by wrapping handler funcs.
// Each wrapper captures the next handler and some state.
package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Path  string
	User  string
	Trace []string
}

type Handler func(*Request) (int, string)

func logging(prefix string, next Handler) Handler {
	calls := 0
	return func(r *Request) (int, string) {
		calls++
		r.Trace = append(r.Trace, fmt.Sprintf("%s#%d", prefix, calls))
		return next(r)
	}
}

func auth(allowed ...string) func(Handler) Handler {
	set := make(map[string]bool, len(allowed))
	for _, a := range allowed {
		set[a] = true
	}
	return func(next Handler) Handler {
		return func(r *Request) (int, string) {
			if !set[r.User] {
				r.Trace = append(r.Trace, "denied")
				return 403, "forbidden"
			}
			return next(r)
		}
	}
}

func recoverer(next Handler) Handler {
	return func(r *Request) (code int, body string) {
		defer func() {
			if e := recover(); e != nil {
				code, body = 500, fmt.Sprint("panic: ", e)
			}
		}()
		return next(r)
	}
}

func chain(h Handler, mws ...func(Handler) Handler) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func hello(r *Request) (int, string) {
	if strings.HasPrefix(r.Path, "/boom") {
		panic("boom at " + r.Path)
	}
	return 200, "hello " + r.User + " at " + r.Path
}

func withLog(prefix string) func(Handler) Handler {
	return func(h Handler) Handler { return logging(prefix, h) }
}

func main() {
	h := chain(hello, withLog("outer"), recoverer, auth("ann", "bob"), withLog("inner"))
	reqs := []*Request{
		{Path: "/", User: "ann"},
		{Path: "/x", User: "eve"},
		{Path: "/boom/1", User: "bob"},
		{Path: "/y", User: "bob"},
	}
	for _, r := range reqs {
		code, body := h(r)
		fmt.Println(code, body, r.Trace)
	}
	counter := func() func() int {
		n := 0
		return func() int { n++; return n }
	}()
	counter()
	counter()
	fmt.Println(counter())
}

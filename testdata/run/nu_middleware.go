// HTTP-style middleware without net/http: a Handler interface, a
// HandlerFunc adapter, middleware as func(Handler) Handler (logging,
// recovery, auth, timing with a fake clock), a router with a map of
// routes, and a chain builder, the way web framework tutorials build
// them up.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Method, Path string
	Headers      map[string]string
	ctx          map[string]interface{}
}

type Response struct {
	Status int
	Body   strings.Builder
	Header map[string]string
}

type Handler interface {
	Serve(w *Response, r *Request)
}

type HandlerFunc func(w *Response, r *Request)

func (f HandlerFunc) Serve(w *Response, r *Request) { f(w, r) }

type Middleware func(Handler) Handler

type Clock struct{ now int64 }

func (c *Clock) Now() int64 { c.now += 3; return c.now }

var logLines []string

func Logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			next.Serve(w, r)
			logLines = append(logLines, fmt.Sprintf("%s %s %s -> %d", prefix, r.Method, r.Path, w.Status))
		})
	}
}

func Timing(c *Clock) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			start := c.Now()
			next.Serve(w, r)
			w.Header["X-Duration"] = fmt.Sprint(c.Now() - start)
		})
	}
}

var ErrForbidden = errors.New("forbidden")

func Auth(tokens map[string]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			user, ok := tokens[r.Headers["Authorization"]]
			if !ok {
				w.Status = 403
				w.Body.WriteString(ErrForbidden.Error())
				return
			}
			r.ctx["user"] = user
			next.Serve(w, r)
		})
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			defer func() {
				if err := recover(); err != nil {
					w.Status = 500
					w.Body.Reset()
					fmt.Fprintf(&w.Body, "internal error: %v", err)
				}
			}()
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

type Router struct {
	routes   map[string]Handler
	notFound Handler
}

func NewRouter() *Router {
	return &Router{
		routes: map[string]Handler{},
		notFound: HandlerFunc(func(w *Response, r *Request) {
			w.Status = 404
			fmt.Fprintf(&w.Body, "no route for %s %s", r.Method, r.Path)
		}),
	}
}

func (rt *Router) Handle(method, path string, h Handler) {
	rt.routes[method+" "+path] = h
}

func (rt *Router) HandleFunc(method, path string, f func(w *Response, r *Request)) {
	rt.Handle(method, path, HandlerFunc(f))
}

func (rt *Router) Serve(w *Response, r *Request) {
	if h, ok := rt.routes[r.Method+" "+r.Path]; ok {
		h.Serve(w, r)
		return
	}
	rt.notFound.Serve(w, r)
}

type counterHandler struct{ hits map[string]int }

func (c *counterHandler) Serve(w *Response, r *Request) {
	c.hits[r.Path]++
	w.Status = 200
	fmt.Fprintf(&w.Body, "hit %d", c.hits[r.Path])
}

func main() {
	clock := &Clock{}
	router := NewRouter()
	router.HandleFunc("GET", "/hello", func(w *Response, r *Request) {
		w.Status = 200
		fmt.Fprintf(&w.Body, "hello, %v", r.ctx["user"])
	})
	router.HandleFunc("GET", "/panic", func(w *Response, r *Request) {
		var m map[string]int
		m["boom"]++
	})
	router.HandleFunc("POST", "/echo", func(w *Response, r *Request) {
		w.Status = 201
		w.Body.WriteString(strings.ToUpper(r.Headers["Body"]))
	})
	ch := &counterHandler{hits: map[string]int{}}
	router.Handle("GET", "/count", ch)

	app := Chain(router, Logging("[app]"), Recover(), Timing(clock), Auth(map[string]string{"t1": "ann", "t2": "bob"}))

	reqs := []struct{ method, path, token, body string }{
		{"GET", "/hello", "t1", ""},
		{"GET", "/hello", "bad", ""},
		{"GET", "/panic", "t2", ""},
		{"POST", "/echo", "t2", "shout"},
		{"GET", "/missing", "t1", ""},
		{"GET", "/count", "t1", ""},
		{"GET", "/count", "t2", ""},
	}
	for _, q := range reqs {
		r := &Request{Method: q.method, Path: q.path, Headers: map[string]string{"Authorization": q.token, "Body": q.body}, ctx: map[string]interface{}{}}
		w := &Response{Header: map[string]string{}}
		app.Serve(w, r)
		keys := make([]string, 0, len(w.Header))
		for k := range w.Header {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var hs []string
		for _, k := range keys {
			hs = append(hs, k+":"+w.Header[k])
		}
		fmt.Printf("%-4s %-8s %d %-36q %v\n", q.method, q.path, w.Status, w.Body.String(), hs)
	}
	fmt.Println(strings.Join(logLines, "\n"))
	fmt.Println("clock:", clock.now, "hits:", ch.hits)
	var h Handler = HandlerFunc(func(w *Response, r *Request) { w.Status = 204 })
	w := &Response{}
	h.Serve(w, nil)
	_, isFunc := h.(HandlerFunc)
	fmt.Println(w.Status, isFunc)
}

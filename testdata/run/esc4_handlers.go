// A handler chain: func types with methods, middleware closures wrapping
// closures, a router map of handlers, maps of slices, struct keys,
// channels of pointers and a goroutine started with a method value.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Request struct {
	Path   string
	Params map[string]string
}

type Response struct {
	Status int
	Body   strings.Builder
}

type Handler interface {
	Serve(w *Response, r *Request)
}

type HandlerFunc func(w *Response, r *Request)

func (f HandlerFunc) Serve(w *Response, r *Request) { f(w, r) }

type Middleware func(Handler) Handler

func logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			start := time.Now()
			next.Serve(w, r)
			_ = time.Since(start)
			*log = append(*log, fmt.Sprintf("%s %d", r.Path, w.Status))
		})
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Router struct {
	routes map[string]Handler
	hits   map[string][]time.Duration
}

func NewRouter() *Router {
	return &Router{routes: map[string]Handler{}, hits: map[string][]time.Duration{}}
}

func (rt *Router) Handle(path string, h Handler) { rt.routes[path] = h }

func (rt *Router) Dispatch(r *Request) *Response {
	w := &Response{Status: 200}
	h, ok := rt.routes[r.Path]
	if !ok {
		w.Status = 404
		w.Body.WriteString("not found")
		return w
	}
	h.Serve(w, r)
	rt.hits[r.Path] = append(rt.hits[r.Path], time.Millisecond)
	return w
}

type key struct {
	method string
	code   int
}

type server struct {
	reqs chan *Request
	done chan bool
	r    *Router
	seen map[key]int
}

func (s *server) loop() {
	for req := range s.reqs {
		resp := s.r.Dispatch(req)
		s.seen[key{"GET", resp.Status}]++
	}
	s.done <- true
}

func main() {
	var log []string
	rt := NewRouter()
	hello := HandlerFunc(func(w *Response, r *Request) {
		w.Body.WriteString("hello " + r.Params["name"])
	})
	rt.Handle("/hello", chain(hello, logging(&log)))
	rt.Handle("/ping", HandlerFunc(func(w *Response, r *Request) { w.Body.WriteString("pong") }))

	s := &server{reqs: make(chan *Request), done: make(chan bool), r: rt, seen: map[key]int{}}
	go s.loop()
	for _, p := range []string{"/hello", "/ping", "/missing", "/hello"} {
		s.reqs <- &Request{Path: p, Params: map[string]string{"name": "gopher"}}
	}
	close(s.reqs)
	<-s.done

	resp := rt.Dispatch(&Request{Path: "/hello", Params: map[string]string{"name": "ann"}})
	fmt.Println(resp.Status, resp.Body.String())
	fmt.Println(log)
	var paths []string
	for p := range rt.hits {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Println(p, len(rt.hits[p]), rt.hits[p][0])
	}
	fmt.Println(s.seen[key{"GET", 200}], s.seen[key{"GET", 404}])
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second)
}

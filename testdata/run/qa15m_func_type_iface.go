package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path   string
	Header map[string]string
	Body   []byte
}

type Response struct {
	Code int
	Body strings.Builder
}

type Handler interface {
	Serve(*Response, *Request)
}

type HandlerFunc func(*Response, *Request)

func (f HandlerFunc) Serve(w *Response, r *Request) { f(w, r) }

type Mux struct {
	routes map[string]Handler
	seen   []string
}

func (m *Mux) Handle(p string, h Handler) {
	if m.routes == nil {
		m.routes = make(map[string]Handler)
	}
	m.routes[p] = h
}

func (m *Mux) HandleFunc(p string, f func(*Response, *Request)) { m.Handle(p, HandlerFunc(f)) }

func (m *Mux) Serve(w *Response, r *Request) {
	m.seen = append(m.seen, r.Path)
	best := ""
	for p := range m.routes {
		if strings.HasPrefix(r.Path, p) && len(p) > len(best) {
			best = p
		}
	}
	if best == "" {
		w.Code = 404
		w.Body.WriteString("not found")
		return
	}
	m.routes[best].Serve(w, r)
}

type counter map[string]int

func (c counter) Serve(w *Response, r *Request) {
	c[r.Path]++
	w.Code = 200
	fmt.Fprintf(&w.Body, "hits=%d", c[r.Path])
}

func StripPrefix(prefix string, h Handler) Handler {
	return HandlerFunc(func(w *Response, r *Request) {
		r2 := *r
		r2.Path = strings.TrimPrefix(r.Path, prefix)
		h.Serve(w, &r2)
	})
}

func WithHeader(k, v string, h Handler) HandlerFunc {
	return func(w *Response, r *Request) {
		if r.Header == nil {
			r.Header = map[string]string{}
		}
		r.Header[k] = v
		h.Serve(w, r)
	}
}

func main() {
	mux := &Mux{}
	hits := counter{}
	mux.Handle("/count", hits)
	mux.HandleFunc("/echo", func(w *Response, r *Request) {
		w.Code = 200
		w.Body.Write(r.Body)
	})
	api := &Mux{}
	api.HandleFunc("/user", func(w *Response, r *Request) {
		w.Code = 201
		keys := make([]string, 0, len(r.Header))
		for k := range r.Header {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(&w.Body, "user at %s %v", r.Path, keys)
	})
	mux.Handle("/api/", StripPrefix("/api", WithHeader("X-Api", "1", api)))
	for _, p := range []string{"/count", "/echo/x", "/count", "/api/user/7", "/nope", "/api/zzz"} {
		w := &Response{}
		r := &Request{Path: p, Body: []byte("body of " + p)}
		mux.Serve(w, r)
		fmt.Printf("%-12s %d %s hdr=%v\n", p, w.Code, w.Body.String(), r.Header)
	}
	fmt.Println(mux.seen, api.seen, hits)
	var h Handler = HandlerFunc(nil)
	_, isFunc := h.(HandlerFunc)
	fmt.Println(isFunc)
}

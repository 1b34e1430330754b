package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Request struct {
	Method string
	Path   string
	Params map[string]string
	Header map[string]string
	Body   string
}

type Response struct {
	Status int
	Body   strings.Builder
	Header map[string]string
}

func (r *Response) Write(p []byte) (int, error) { return r.Body.Write(p) }

type Handler interface {
	Serve(w *Response, r *Request)
}

type HandlerFunc func(w *Response, r *Request)

func (f HandlerFunc) Serve(w *Response, r *Request) { f(w, r) }

type Middleware func(Handler) Handler

type route struct {
	method  string
	parts   []string
	handler Handler
}

type Router struct {
	routes   []route
	mw       []Middleware
	notFound Handler
}

func (rt *Router) Use(m ...Middleware) { rt.mw = append(rt.mw, m...) }

func (rt *Router) Handle(method, pattern string, h Handler) {
	rt.routes = append(rt.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

func (rt *Router) HandleFunc(method, pattern string, f func(*Response, *Request)) {
	rt.Handle(method, pattern, HandlerFunc(f))
}

func match(parts []string, path string) (map[string]string, bool) {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	if len(segs) != len(parts) {
		return nil, false
	}
	params := map[string]string{}
	for i, p := range parts {
		switch {
		case strings.HasPrefix(p, ":"):
			params[p[1:]] = segs[i]
		case p == "*":
		case p != segs[i]:
			return nil, false
		}
	}
	return params, true
}

func (rt *Router) Serve(w *Response, r *Request) {
	var h Handler = rt.notFound
	for _, ro := range rt.routes {
		if params, ok := match(ro.parts, r.Path); ok {
			if ro.method != r.Method {
				h = HandlerFunc(func(w *Response, r *Request) {
					w.Status = 405
					fmt.Fprintf(w, "method %s not allowed", r.Method)
				})
				continue
			}
			r.Params = params
			h = ro.handler
			break
		}
	}
	for i := len(rt.mw) - 1; i >= 0; i-- {
		h = rt.mw[i](h)
	}
	h.Serve(w, r)
}

func logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			next.Serve(w, r)
			*log = append(*log, fmt.Sprintf("%s %s -> %d", r.Method, r.Path, w.Status))
		})
	}
}

func recovery(next Handler) Handler {
	return HandlerFunc(func(w *Response, r *Request) {
		defer func() {
			if err := recover(); err != nil {
				w.Status = 500
				w.Body.Reset()
				fmt.Fprintf(w, "internal error: %v", err)
			}
		}()
		next.Serve(w, r)
	})
}

type authError struct{ user string }

func (e authError) Error() string { return "unauthorized: " + e.user }

func auth(tokens map[string]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			user, ok := tokens[r.Header["Authorization"]]
			if !ok && strings.HasPrefix(r.Path, "/admin") {
				w.Status = 401
				var err error = authError{r.Header["Authorization"]}
				var ae authError
				if errors.As(err, &ae) {
					fmt.Fprint(w, err)
				}
				return
			}
			if ok {
				w.Header["X-User"] = user
			}
			next.Serve(w, r)
		})
	}
}

type store struct {
	items map[int]string
	next  int
}

func (s *store) list(w *Response, r *Request) {
	ids := make([]int, 0, len(s.items))
	for id := range s.items {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	w.Status = 200
	for _, id := range ids {
		fmt.Fprintf(w, "%d:%s;", id, s.items[id])
	}
}

func (s *store) get(w *Response, r *Request) {
	id, err := strconv.Atoi(r.Params["id"])
	if err != nil {
		w.Status = 400
		fmt.Fprintf(w, "bad id: %v", err)
		return
	}
	item, ok := s.items[id]
	if !ok {
		w.Status = 404
		fmt.Fprintf(w, "item %d not found", id)
		return
	}
	w.Status = 200
	w.Body.WriteString(item)
}

func (s *store) create(w *Response, r *Request) {
	if r.Body == "" {
		panic("empty body")
	}
	s.next++
	s.items[s.next] = r.Body
	w.Status = 201
	fmt.Fprintf(w, "created %d", s.next)
}

func main() {
	var log []string
	st := &store{items: map[int]string{}}
	rt := &Router{notFound: HandlerFunc(func(w *Response, r *Request) {
		w.Status = 404
		w.Body.WriteString("no route")
	})}
	rt.Use(logging(&log), recovery, auth(map[string]string{"t0k": "root"}))
	rt.HandleFunc("GET", "/items", st.list)
	rt.HandleFunc("GET", "/items/:id", st.get)
	rt.HandleFunc("POST", "/items", st.create)
	rt.HandleFunc("GET", "/admin/*", func(w *Response, r *Request) {
		w.Status = 200
		fmt.Fprintf(w, "admin for %s", w.Header["X-User"])
	})
	reqs := []Request{
		{Method: "POST", Path: "/items", Body: "apple"},
		{Method: "POST", Path: "/items", Body: "pear"},
		{Method: "POST", Path: "/items"},
		{Method: "GET", Path: "/items"},
		{Method: "GET", Path: "/items/2"},
		{Method: "GET", Path: "/items/9"},
		{Method: "GET", Path: "/items/x"},
		{Method: "DELETE", Path: "/items/1"},
		{Method: "GET", Path: "/admin/stats"},
		{Method: "GET", Path: "/admin/stats", Header: map[string]string{"Authorization": "t0k"}},
		{Method: "GET", Path: "/nope"},
	}
	for i := range reqs {
		r := &reqs[i]
		if r.Header == nil {
			r.Header = map[string]string{}
		}
		w := &Response{Header: map[string]string{}}
		rt.Serve(w, r)
		fmt.Printf("%-6s %-14s %d %s\n", r.Method, r.Path, w.Status, w.Body.String())
	}
	fmt.Println(strings.Join(log, "\n"))
}

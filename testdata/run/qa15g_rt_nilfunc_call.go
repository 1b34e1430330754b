package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

type Router struct {
	routes   map[string]Handler
	fallback Handler
}

func (r *Router) Handle(path string) (out string, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("handle %s: %v", path, e)
		}
	}()
	h, ok := r.routes[path]
	if !ok {
		h = r.fallback
	}
	return h(path), nil
}

func main() {
	r := &Router{routes: map[string]Handler{
		"/up":   strings.ToUpper,
		"/rev":  func(s string) string { b := []byte(s); for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 { b[i], b[j] = b[j], b[i] }; return string(b) },
		"/nil":  nil,
	}}
	for _, p := range []string{"/up", "/rev", "/nil", "/missing"} {
		out, err := r.Handle(p)
		fmt.Printf("%-9s %q %v\n", p, out, err)
	}
	var hooks []func()
	hooks = append(hooks, func() { fmt.Println("hook 0") }, nil)
	for i, h := range hooks {
		fmt.Println("calling hook", i)
		h()
	}
}

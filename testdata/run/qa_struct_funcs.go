package main

import (
	"fmt"
	"sort"
	"strings"
)

type Middleware func(Handler) Handler
type Handler func(req string) string

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string {
			return prefix + "(" + next(req) + ")"
		}
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type EventBus struct {
	subs map[string][]func(string)
}

func (b *EventBus) On(ev string, f func(string)) {
	if b.subs == nil {
		b.subs = map[string][]func(string){}
	}
	b.subs[ev] = append(b.subs[ev], f)
}

func (b *EventBus) Emit(ev, data string) int {
	for _, f := range b.subs[ev] {
		f(data)
	}
	return len(b.subs[ev])
}

type Plugin struct {
	Name string
	Init func() error
	Run  func(int) int
}

func main() {
	h := chain(strings.ToUpper, logging("A"), logging("B"))
	fmt.Println(h("req"))
	var bus EventBus
	var got []string
	bus.On("msg", func(s string) { got = append(got, "1:"+s) })
	bus.On("msg", func(s string) { got = append(got, "2:"+s) })
	fmt.Println(bus.Emit("msg", "hi"), bus.Emit("none", "x"), got)
	plugins := []Plugin{
		{Name: "double", Run: func(x int) int { return x * 2 }},
		{Name: "square", Run: func(x int) int { return x * x }, Init: func() error { return fmt.Errorf("init failed") }},
	}
	sort.Slice(plugins, func(i, j int) bool { return plugins[i].Name > plugins[j].Name })
	for _, p := range plugins {
		if p.Init != nil {
			if err := p.Init(); err != nil {
				fmt.Println(p.Name, "error:", err)
				continue
			}
		}
		fmt.Println(p.Name, p.Run(7))
	}
	fs := map[string]func(float64) float64{"half": func(x float64) float64 { return x / 2 }}
	if f, ok := fs["half"]; ok {
		fmt.Println(f(5))
	}
	fmt.Println(fs["missing"] == nil)
}

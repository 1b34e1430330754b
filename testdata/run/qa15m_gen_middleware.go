package main

import (
	"errors"
	"fmt"
	"strings"
)

type Handler[Req, Resp any] func(Req) (Resp, error)

type Middleware[Req, Resp any] func(Handler[Req, Resp]) Handler[Req, Resp]

func Chain[Req, Resp any](h Handler[Req, Resp], ms ...Middleware[Req, Resp]) Handler[Req, Resp] {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging[Req, Resp any](log *[]string, name string) Middleware[Req, Resp] {
	return func(next Handler[Req, Resp]) Handler[Req, Resp] {
		return func(r Req) (Resp, error) {
			*log = append(*log, fmt.Sprintf("%s> %v", name, r))
			resp, err := next(r)
			*log = append(*log, fmt.Sprintf("%s< %v %v", name, resp, err))
			return resp, err
		}
	}
}

func Retry[Req, Resp any](n int, retryable func(error) bool) Middleware[Req, Resp] {
	return func(next Handler[Req, Resp]) Handler[Req, Resp] {
		return func(r Req) (resp Resp, err error) {
			for i := 0; i < n; i++ {
				resp, err = next(r)
				if err == nil || !retryable(err) {
					return
				}
			}
			return resp, fmt.Errorf("after %d tries: %w", n, err)
		}
	}
}

type Cache[K comparable, V any] struct {
	data map[K]V
	hits int
}

func (c *Cache[K, V]) Middleware() Middleware[K, V] {
	return func(next Handler[K, V]) Handler[K, V] {
		return func(k K) (V, error) {
			if v, ok := c.data[k]; ok {
				c.hits++
				return v, nil
			}
			v, err := next(k)
			if err == nil {
				if c.data == nil {
					c.data = make(map[K]V)
				}
				c.data[k] = v
			}
			return v, err
		}
	}
}

var errTemp = errors.New("temporary")

type query struct {
	table string
	id    int
}

type row struct {
	cols []string
}

func main() {
	var log []string
	calls := 0
	backend := func(q query) (*row, error) {
		calls++
		if calls%3 == 1 {
			return nil, errTemp
		}
		return &row{cols: []string{q.table, fmt.Sprint(q.id)}}, nil
	}
	cache := &Cache[query, *row]{}
	h := Chain[query, *row](backend,
		Logging[query, *row](&log, "outer"),
		cache.Middleware(),
		Retry[query, *row](2, func(err error) bool { return errors.Is(err, errTemp) }),
	)
	for _, q := range []query{{"users", 1}, {"users", 2}, {"users", 1}, {"orders", 9}} {
		r, err := h(q)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(r.cols)
	}
	fmt.Println("calls", calls, "hits", cache.hits, "cached", len(cache.data))
	fmt.Println(strings.Join(log, "\n"))
	upper := Chain(Handler[string, string](func(s string) (string, error) { return strings.ToUpper(s), nil }),
		Logging[string, string](&log, "s"))
	out, _ := upper("mixed Case")
	fmt.Println(out, len(log))
}

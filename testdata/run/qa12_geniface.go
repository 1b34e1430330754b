// Generic helpers instantiated with interface type arguments: an event
// bus of Handler values, a typed error collector, a generic observer
// list of fmt.Stringer, and channels/maps/slices whose element is a
// shaped interface.
package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Handler interface {
	Handle(ev string) string
}

type upper struct{}

func (upper) Handle(ev string) string { return strings.ToUpper(ev) }

type counter struct{ n int }

func (c *counter) Handle(ev string) string { c.n++; return fmt.Sprintf("%s#%d", ev, c.n) }

type List[T any] struct{ items []T }

func (l *List[T]) Add(x T) { l.items = append(l.items, x) }
func (l *List[T]) Each(f func(T)) {
	for _, x := range l.items {
		f(x)
	}
}

func Dispatch[H Handler](hs []H, ev string) []string {
	out := make([]string, 0, len(hs))
	for _, h := range hs {
		out = append(out, h.Handle(ev))
	}
	return out
}

func FirstNonNil[T comparable](xs ...T) (T, bool) {
	var zero T
	for _, x := range xs {
		if x != zero {
			return x, true
		}
	}
	return zero, false
}

type Collector[E error] struct {
	errs []E
}

func (c *Collector[E]) Check(err E, ok bool) {
	if !ok {
		c.errs = append(c.errs, err)
	}
}

func (c *Collector[E]) Join(sep string) error {
	if len(c.errs) == 0 {
		return nil
	}
	parts := make([]string, len(c.errs))
	for i, e := range c.errs {
		parts[i] = e.Error()
	}
	return errors.New(strings.Join(parts, sep))
}

func Fan[T any](xs []T) <-chan T {
	ch := make(chan T, len(xs))
	for _, x := range xs {
		ch <- x
	}
	close(ch)
	return ch
}

func Index[K comparable, V any](vs []V, key func(V) K) map[K]V {
	m := make(map[K]V, len(vs))
	for _, v := range vs {
		m[key(v)] = v
	}
	return m
}

func Stringify[T fmt.Stringer](xs []T) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString("|")
		}
		b.WriteString(x.String())
	}
	return b.String()
}

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type fieldErr struct{ field string }

func (e fieldErr) Error() string { return "bad " + e.field }

func main() {
	c := &counter{}
	hs := []Handler{upper{}, c, c}
	fmt.Println(Dispatch(hs, "click"), Dispatch([]*counter{c}, "key"))
	var l List[Handler]
	l.Add(upper{})
	l.Add(c)
	l.Each(func(h Handler) { fmt.Print(h.Handle("each"), " ") })
	fmt.Println()

	var nc *counter
	p, ok := FirstNonNil(nc, c, nil)
	fmt.Println(p.n, ok)
	_, ok = FirstNonNil[*counter](nil, nil)
	fmt.Println(ok)
	s, ok := FirstNonNil("", "", "x")
	fmt.Println(s, ok)

	var col Collector[error]
	col.Check(io.EOF, false)
	col.Check(nil, true)
	col.Check(fieldErr{"name"}, false)
	fmt.Println(col.Join("; "))
	var fcol Collector[fieldErr]
	fcol.Check(fieldErr{"age"}, 3 > 4)
	fmt.Println(fcol.Join(","), len(fcol.errs))
	var empty Collector[error]
	fmt.Println(empty.Join(",") == nil)

	for h := range Fan([]Handler{upper{}, c}) {
		fmt.Print(h.Handle("fan"), " ")
	}
	fmt.Println()
	idx := Index([]error{io.EOF, fieldErr{"x"}, io.ErrClosedPipe}, func(e error) string { return e.Error() })
	keys := make([]string, 0, len(idx))
	for k := range idx {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, idx["EOF"] == io.EOF)
	fmt.Println(Stringify([]fmt.Stringer{temp(21.5), temp(-3)}), Stringify([]temp{1, 2}))
}

// Generics with pointer-method constraints (the PT interface{ *T; M() }
// pattern), recursive generic types, generic types implementing
// interfaces, and generic function values.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Resetter[T any] interface {
	*T
	Reset()
	Load(string) error
}

type Config struct {
	Name  string
	Debug bool
}

func (c *Config) Reset() { *c = Config{Name: "default"} }
func (c *Config) Load(s string) error {
	name, flag, ok := strings.Cut(s, ":")
	if !ok {
		return fmt.Errorf("config %q: missing ':'", s)
	}
	c.Name, c.Debug = name, flag == "debug"
	return nil
}

type Counter struct{ N int }

func (c *Counter) Reset() { c.N = 0 }
func (c *Counter) Load(s string) error {
	c.N = len(s)
	return nil
}

func LoadAll[T any, PT Resetter[T]](inputs []string) ([]T, []error) {
	out := make([]T, 0, len(inputs))
	var errs []error
	for _, in := range inputs {
		var v T
		p := PT(&v)
		p.Reset()
		if err := p.Load(in); err != nil {
			errs = append(errs, err)
		}
		out = append(out, v)
	}
	return out, errs
}

// A persistent linked list.
type List[T any] struct {
	head T
	tail *List[T]
	n    int
}

func Cons[T any](x T, l *List[T]) *List[T] {
	n := 1
	if l != nil {
		n += l.n
	}
	return &List[T]{x, l, n}
}

func (l *List[T]) Len() int {
	if l == nil {
		return 0
	}
	return l.n
}

func (l *List[T]) Each(f func(T)) {
	for ; l != nil; l = l.tail {
		f(l.head)
	}
}

func (l *List[T]) String() string {
	var parts []string
	l.Each(func(x T) { parts = append(parts, fmt.Sprint(x)) })
	return "(" + strings.Join(parts, " ") + ")"
}

func Reverse[T any](l *List[T]) *List[T] {
	var r *List[T]
	l.Each(func(x T) { r = Cons(x, r) })
	return r
}

// A generic tree implementing fmt.Stringer and sort.Interface.
type Tree[K interface{ ~int | ~string }, V any] struct {
	root *node[K, V]
	size int
}

type node[K interface{ ~int | ~string }, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Insert(k K, v V) {
	pp := &t.root
	for *pp != nil {
		switch n := *pp; {
		case k < n.key:
			pp = &n.left
		case k > n.key:
			pp = &n.right
		default:
			n.val = v
			return
		}
	}
	*pp = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) walk(n *node[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	t.walk(n.left, f)
	f(n.key, n.val)
	t.walk(n.right, f)
}

func (t *Tree[K, V]) String() string {
	var b strings.Builder
	t.walk(t.root, func(k K, v V) { fmt.Fprintf(&b, "%v=%v;", k, v) })
	return b.String()
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func Apply[T, U any](f func(T) U) func([]T) []U {
	return func(xs []T) []U {
		out := make([]U, len(xs))
		for i, x := range xs {
			out[i] = f(x)
		}
		return out
	}
}

func main() {
	cfgs, errs := LoadAll[Config]([]string{"web:debug", "db:quiet", "broken"})
	fmt.Printf("%+v %v\n", cfgs, errs)
	cs, _ := LoadAll[Counter]([]string{"abc", "", "hello"})
	fmt.Println(cs)

	var l *List[int]
	for i := 1; i <= 5; i++ {
		l = Cons(i*i, l)
	}
	fmt.Println(l, Reverse(l), l.Len(), (*List[string])(nil).Len())
	var s fmt.Stringer = Cons("x", Cons("y", nil))
	fmt.Println(s)

	var t Tree[string, int]
	for i, w := range strings.Fields("delta alpha echo bravo alpha charlie") {
		t.Insert(w, i)
	}
	var st fmt.Stringer = &t
	fmt.Println(st, t.size)
	ti := &Tree[int, []string]{}
	ti.Insert(3, []string{"c"})
	ti.Insert(1, nil)
	fmt.Println(ti)

	words := byLen{"ccc", "a", "bb", "dddd", "ee"}
	sort.Stable(words)
	fmt.Println(words)
	lengths := Apply(func(s string) int { return len(s) })
	upper := Apply(strings.ToUpper)
	fmt.Println(lengths(words), upper(words))
	f := Cons[float64]
	fmt.Println(f(1.5, nil))
}

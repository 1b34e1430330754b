package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// The "pointer method constraint" idiom: PT is *T and has the setter.
type Setter[T any] interface {
	*T
	Set(string) error
}

type Port int

func (p *Port) Set(s string) error {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return fmt.Errorf("port %q: %w", s, errBadDigit)
		}
		n = n*10 + int(r-'0')
	}
	if n > 65535 {
		return fmt.Errorf("port %d out of range", n)
	}
	*p = Port(n)
	return nil
}

type Host struct{ name string }

func (h *Host) Set(s string) error {
	if s == "" {
		return errors.New("empty host")
	}
	h.name = strings.ToLower(s)
	return nil
}

func (h Host) String() string { return "host:" + h.name }

var errBadDigit = errors.New("bad digit")

func ParseAll[T any, PT Setter[T]](inputs []string) ([]T, []error) {
	var out []T
	var errs []error
	for _, in := range inputs {
		var v T
		if err := PT(&v).Set(in); err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errs
}

type Number interface {
	~int | ~int64 | ~float64
}

type Stats[T Number] struct {
	vals []T
}

func (s *Stats[T]) Add(vs ...T) *Stats[T] {
	s.vals = append(s.vals, vs...)
	return s
}

func (s *Stats[T]) Sum() (t T) {
	for _, v := range s.vals {
		t += v
	}
	return
}

func (s *Stats[T]) Median() T {
	c := append([]T(nil), s.vals...)
	sort.Slice(c, func(i, j int) bool { return c[i] < c[j] })
	return c[len(c)/2]
}

type Named[T any] struct {
	Name string
	Val  T
}

type Registry[K comparable, V any] struct {
	Named[map[K]V]
	hits int
}

func NewRegistry[K comparable, V any](name string) *Registry[K, V] {
	return &Registry[K, V]{Named: Named[map[K]V]{name, map[K]V{}}}
}

func (r *Registry[K, V]) Lookup(k K) (V, bool) {
	r.hits++
	v, ok := r.Val[k]
	return v, ok
}

func main() {
	ports, errs := ParseAll[Port]([]string{"80", "8080", "x1", "99999", "443"})
	fmt.Println(ports, len(errs))
	for _, e := range errs {
		fmt.Println(" ", e, errors.Is(e, errBadDigit))
	}
	hosts, herrs := ParseAll[Host]([]string{"Example.COM", "", "go.dev"})
	fmt.Println(hosts, herrs)
	fmt.Printf("%v %s %+v\n", hosts[0], hosts[1], hosts)

	var si Stats[int]
	fmt.Println(si.Add(5, 1, 9, 3).Sum(), si.Median())
	sf := &Stats[float64]{}
	sf.Add(2.5).Add(0.5, 10)
	fmt.Printf("%.2f %.2f %T\n", sf.Sum(), sf.Median(), sf)
	type Cents int64
	sc := new(Stats[Cents])
	fmt.Println(sc.Add(199, 1).Sum(), len(sc.vals))

	reg := NewRegistry[string, []int]("primes")
	reg.Val["small"] = []int{2, 3, 5}
	v, ok := reg.Lookup("small")
	_, ok2 := reg.Lookup("big")
	fmt.Println(reg.Name, v, ok, ok2, reg.hits)
	fmt.Printf("%+v\n", reg.Named)
	add := si.Add
	add(100)
	fmt.Println(si.Sum(), (*Stats[int]).Sum(&si))
}

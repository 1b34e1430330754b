// A generic repository interface (Repo[K, V]) implemented by a generic
// RWMutex-protected type: the dictionaries' itab wrappers come before the
// package variable initialisation's inlining in gc's report.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Repo[K comparable, V any] interface {
	Get(K) (V, error)
	Put(K, V) error
	All() []V
}

var ErrNotFound = errors.New("not found")

type memRepo[K comparable, V any] struct {
	mu   sync.RWMutex
	data map[K]V
	keys []K
}

func NewMemRepo[K comparable, V any]() Repo[K, V] {
	return &memRepo[K, V]{data: make(map[K]V)}
}

func (r *memRepo[K, V]) Get(k K) (V, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.data[k]
	if !ok {
		var zero V
		return zero, fmt.Errorf("get %v: %w", k, ErrNotFound)
	}
	return v, nil
}

func (r *memRepo[K, V]) Put(k K, v V) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.data[k]; !ok {
		r.keys = append(r.keys, k)
	}
	r.data[k] = v
	return nil
}

func (r *memRepo[K, V]) All() []V {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make([]V, 0, len(r.keys))
	for _, k := range r.keys {
		out = append(out, r.data[k])
	}
	return out
}

type Product struct {
	SKU   string
	Price int
	Tags  []string
}

type Service struct {
	products Repo[string, *Product]
	stock    Repo[string, int]
}

func (s *Service) Add(p *Product, qty int) {
	s.products.Put(p.SKU, p)
	s.stock.Put(p.SKU, qty)
}

func (s *Service) Value() (total int) {
	for _, p := range s.products.All() {
		q, err := s.stock.Get(p.SKU)
		if err != nil {
			continue
		}
		total += q * p.Price
	}
	return
}

func SortBy[T any, K int | string](xs []T, key func(T) K) {
	sort.Slice(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func main() {
	s := &Service{products: NewMemRepo[string, *Product](), stock: NewMemRepo[string, int]()}
	s.Add(&Product{"b-1", 250, []string{"x"}}, 4)
	s.Add(&Product{"a-2", 100, nil}, 10)
	fmt.Println(s.Value())
	_, err := s.stock.Get("zz")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	ps := s.products.All()
	SortBy(ps, func(p *Product) string { return p.SKU })
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.SKU
	}
	fmt.Println(strings.Join(names, ","))
	SortBy(ps, func(p *Product) int { return -p.Price })
	fmt.Println(ps[0].SKU, len(ps[0].Tags))
}

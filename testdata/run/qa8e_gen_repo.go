package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Entity interface {
	comparable
	Key() string
}

type User struct {
	ID    int
	Email string
}

func (u User) Key() string { return fmt.Sprintf("user:%d", u.ID) }

type Product struct {
	SKU   string
	Price float64
}

func (p Product) Key() string { return "product:" + p.SKU }

var ErrNotFound = errors.New("not found")
var ErrDuplicate = errors.New("duplicate")

type Repo[E Entity] struct {
	items   map[string]E
	history []string
}

func NewRepo[E Entity]() *Repo[E] { return &Repo[E]{items: map[string]E{}} }

func (r *Repo[E]) Insert(e E) error {
	k := e.Key()
	if old, ok := r.items[k]; ok {
		if old == e {
			return nil
		}
		return fmt.Errorf("insert %s: %w", k, ErrDuplicate)
	}
	r.items[k] = e
	r.history = append(r.history, "+"+k)
	return nil
}

func (r *Repo[E]) Get(k string) (E, error) {
	e, ok := r.items[k]
	if !ok {
		var zero E
		return zero, fmt.Errorf("get %s: %w", k, ErrNotFound)
	}
	return e, nil
}

func (r *Repo[E]) Delete(k string) error {
	if _, ok := r.items[k]; !ok {
		return fmt.Errorf("delete %s: %w", k, ErrNotFound)
	}
	delete(r.items, k)
	r.history = append(r.history, "-"+k)
	return nil
}

func (r *Repo[E]) Find(pred func(E) bool) []E {
	var out []E
	for _, k := range r.Keys() {
		if e := r.items[k]; pred(e) {
			out = append(out, e)
		}
	}
	return out
}

func (r *Repo[E]) Keys() []string {
	ks := make([]string, 0, len(r.items))
	for k := range r.items {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Store interface {
	Keys() []string
	Delete(string) error
}

func purge(s Store, prefix string) int {
	n := 0
	for _, k := range s.Keys() {
		if strings.HasPrefix(k, prefix) && s.Delete(k) == nil {
			n++
		}
	}
	return n
}

func main() {
	users := NewRepo[User]()
	for _, u := range []User{{1, "a@x.io"}, {2, "b@y.io"}, {3, "c@x.io"}, {1, "a@x.io"}, {2, "other@z.io"}} {
		if err := users.Insert(u); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrDuplicate))
		}
	}
	u, err := users.Get("user:2")
	fmt.Printf("%+v %v\n", u, err)
	_, err = users.Get("user:9")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	xio := users.Find(func(u User) bool { return strings.HasSuffix(u.Email, "@x.io") })
	fmt.Println(xio)
	products := NewRepo[Product]()
	products.Insert(Product{"A1", 9.99})
	products.Insert(Product{"B2", 19.5})
	products.Insert(Product{"A3", 1.25})
	cheap := products.Find(func(p Product) bool { return p.Price < 10 })
	fmt.Println(cheap, products.Keys())
	stores := []Store{users, products}
	for _, s := range stores {
		fmt.Printf("%T purged %d\n", s, purge(s, "product:A"))
	}
	fmt.Println(products.Keys(), users.history, products.history)
	fmt.Println(users.Delete("user:42"))
}

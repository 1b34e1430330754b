package main

import (
	"errors"
	"fmt"
	"strings"
)

type Store interface {
	Get(key string) (string, error)
	Set(key, val string) error
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, error) {
	v, ok := s.m[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrMissing)
	}
	return v, nil
}
func (s *mapStore) Set(k, v string) error { s.m[k] = v; return nil }

var ErrMissing = errors.New("missing")

// counting embeds Store and overrides Get only.
type counting struct {
	Store
	gets, misses int
}

func (c *counting) Get(k string) (string, error) {
	c.gets++
	v, err := c.Store.Get(k)
	if err != nil {
		c.misses++
	}
	return v, err
}

// readOnly overrides Set.
type readOnly struct{ Store }

func (readOnly) Set(string, string) error { return errors.New("read-only") }

type upper struct{ Store }

func (u upper) Get(k string) (string, error) {
	v, err := u.Store.Get(k)
	return strings.ToUpper(v), err
}

func main() {
	base := &mapStore{m: map[string]string{"lang": "go"}}
	c := &counting{Store: base}
	var s Store = upper{readOnly{c}}
	for _, k := range []string{"lang", "os", "lang"} {
		v, err := s.Get(k)
		fmt.Printf("%s=%q err=%v missing=%v\n", k, v, err, errors.Is(err, ErrMissing))
	}
	fmt.Println("set:", s.Set("os", "linux"), "direct:", c.Set("os", "linux"))
	v, _ := s.Get("os")
	fmt.Println(v, c.gets, c.misses)
	var broken counting // nil embedded Store
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("recovered runtime error:", ok, err)
		}()
		broken.Get("x")
	}()
	fmt.Println(broken.gets, broken.misses)
	layers := []Store{base, c, readOnly{base}, upper{base}}
	for _, l := range layers {
		_, isRO := l.(readOnly)
		_, hasCount := l.(*counting)
		fmt.Printf("%T ro=%v count=%v\n", l, isRO, hasCount)
	}
}

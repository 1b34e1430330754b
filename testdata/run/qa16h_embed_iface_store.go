package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Getter interface {
	Get(key string) (string, error)
}

type Setter interface {
	Set(key, val string) error
}

type Store interface {
	Getter
	Setter
	Keys() []string
}

type ErrNotFound struct{ Key string }

func (e *ErrNotFound) Error() string { return "not found: " + e.Key }

type mapStore struct {
	data map[string]string
}

func (m *mapStore) Get(k string) (string, error) {
	v, ok := m.data[k]
	if !ok {
		return "", &ErrNotFound{k}
	}
	return v, nil
}

func (m *mapStore) Set(k, v string) error { m.data[k] = v; return nil }

func (m *mapStore) Keys() []string {
	ks := make([]string, 0, len(m.data))
	for k := range m.data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// readOnly embeds the interface and overrides Set.
type readOnly struct {
	Store
}

var ErrReadOnly = errors.New("store is read-only")

func (readOnly) Set(k, v string) error { return fmt.Errorf("set %q: %w", k, ErrReadOnly) }

// logging embeds a Store and counts calls; Get is promoted.
type logging struct {
	Store
	log []string
}

func (l *logging) Set(k, v string) error {
	l.log = append(l.log, "set "+k)
	return l.Store.Set(k, v)
}

// prefixed embeds only a Getter.
type prefixed struct {
	Getter
	prefix string
}

func (p prefixed) Get(k string) (string, error) { return p.Getter.Get(p.prefix + k) }

func fill(s Setter, kv ...string) error {
	for i := 0; i+1 < len(kv); i += 2 {
		if err := s.Set(kv[i], kv[i+1]); err != nil {
			return err
		}
	}
	return nil
}

func lookup(g Getter, keys ...string) string {
	var parts []string
	for _, k := range keys {
		v, err := g.Get(k)
		var nf *ErrNotFound
		switch {
		case errors.As(err, &nf):
			parts = append(parts, "?"+nf.Key)
		case err != nil:
			parts = append(parts, "!"+err.Error())
		default:
			parts = append(parts, v)
		}
	}
	return strings.Join(parts, ",")
}

func main() {
	base := &mapStore{data: map[string]string{}}
	lg := &logging{Store: base}
	fmt.Println(fill(lg, "a", "1", "b", "2", "app.x", "10", "app.y", "20"))
	fmt.Println(lg.log, lg.Keys())
	ro := readOnly{lg}
	err := fill(ro, "c", "3")
	fmt.Println(err, errors.Is(err, ErrReadOnly))
	fmt.Println(lookup(ro, "a", "c", "b"))
	pg := prefixed{Getter: ro, prefix: "app."}
	fmt.Println(lookup(pg, "x", "y", "z"))
	var s Store = ro
	_, isLogging := s.(readOnly).Store.(*logging)
	fmt.Println(isLogging)
	var g Getter = pg
	if _, ok := g.(Setter); !ok {
		fmt.Println("prefixed is not a Setter")
	}
	if st, ok := g.(interface{ Keys() []string }); ok {
		fmt.Println("keys", st.Keys())
	} else {
		fmt.Println("prefixed has no Keys")
	}
	var empty readOnly
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	fmt.Println(empty.Get("boom"))
}

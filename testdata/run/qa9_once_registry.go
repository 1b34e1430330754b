// Lazy initialization with sync.Once: a registry of codecs built on first
// use, a package-level pointer set inside Do, and Once guarding a panic.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Codec interface {
	Name() string
	Encode(string) string
}

type upper struct{}

func (upper) Name() string           { return "upper" }
func (upper) Encode(s string) string { return strings.ToUpper(s) }

type rot13 struct{ shift byte }

func (r *rot13) Name() string { return "rot13" }
func (r *rot13) Encode(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+r.shift)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+r.shift)%26
		}
	}
	return string(b)
}

type registry struct {
	codecs map[string]Codec
	order  []string
}

var (
	regOnce sync.Once
	reg     *registry
	inits   int
)

func getRegistry() *registry {
	regOnce.Do(func() {
		inits++
		r := &registry{codecs: make(map[string]Codec)}
		for _, c := range []Codec{upper{}, &rot13{shift: 13}} {
			r.codecs[c.Name()] = c
			r.order = append(r.order, c.Name())
		}
		sort.Strings(r.order)
		reg = r
	})
	return reg
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := getRegistry()
			name := r.order[i%len(r.order)]
			results[i] = name + ":" + r.codecs[name].Encode("Hello")
		}(i)
	}
	wg.Wait()
	fmt.Println(strings.Join(results, " "))
	fmt.Println("inits", inits, getRegistry() == reg)

	var once sync.Once
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			once.Do(func() { panic("first call fails") })
			fmt.Println("second Do does nothing")
		}()
	}
}

// Package-level registries of interface values: codecs and handlers
// declared as pointers to types with value methods in var initializers
// (gc writes their itabs during static initialization, so the method
// wrappers do not get the callee inlined), next to the same conversions
// done inside functions.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Codec interface {
	Name() string
	Encode(s string) string
}

type upper struct{ calls int }
type reverse struct{ tag string }
type rot struct{ n int }

func (u upper) Name() string            { return "upper" }
func (u upper) Encode(s string) string  { return strings.ToUpper(s) }
func (r reverse) Name() string          { return "reverse" + r.tag }
func (r reverse) Encode(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}
func (r rot) Name() string { return fmt.Sprintf("rot%d", r.n) }
func (r rot) Encode(s string) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c = 'a' + (c-'a'+byte(r.n))%26
		}
		out[i] = c
	}
	return string(out)
}

var defaultCodec Codec = &upper{}

var chain = []Codec{&reverse{tag: "!"}, &rot{n: 3}}

var byName = map[string]Codec{"up": &upper{}}

type Stage struct {
	Label string
	C     Codec
}

var pipeline = [2]Stage{{"first", &rot{n: 1}}, {"second", &reverse{}}}

func register(name string, c Codec) {
	byName[name] = c
}

func apply(cs []Codec, s string) string {
	for _, c := range cs {
		s = c.Encode(s)
	}
	return s
}

func main() {
	fmt.Println(defaultCodec.Name(), defaultCodec.Encode("hello"))
	fmt.Println(apply(chain, "gopher"))
	register("rev", &reverse{tag: "?"})
	register("rot13", rot{n: 13})
	names := make([]string, 0, len(byName))
	for k := range byName {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		c := byName[k]
		fmt.Printf("%-5s %-8s %s\n", k, c.Name(), c.Encode("memory"))
	}
	s := "stack"
	for _, st := range pipeline {
		s = st.C.Encode(s)
		fmt.Println(st.Label, st.C.Name(), s)
	}
	var local Codec = &rot{n: 2}
	fmt.Println(local.Encode("abc"), apply([]Codec{local, defaultCodec}, "xyz"))
}

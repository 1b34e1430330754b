package set

import (
	"fmt"
	"sort"
	"strings"
)

// Set is a set of strings.
type Set map[string]struct{}

func Of(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}

func (s Set) Has(x string) bool { _, ok := s[x]; return ok }

func (s Set) Union(o Set) Set {
	r := Set{}
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s Set) String() string { return "{" + strings.Join(s.Sorted(), ", ") + "}" }

func Describe(s Set) {
	fmt.Printf("%d items: %v\n", len(s), s)
}

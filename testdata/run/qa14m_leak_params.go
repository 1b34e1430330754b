// Parameters that leak in different ways: to a global, to the result,
// their contents to the heap, or not at all; the callers' allocations
// follow the callees' tags.
package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name string
	Tags []string
}

var registry []*Item
var lastName string

func register(it *Item) { registry = append(registry, it) } // it leaks to heap

func identity(it *Item) *Item { return it } // leaks to result

func firstTag(it *Item) string { // content leaks (the string header is copied out)
	if len(it.Tags) == 0 {
		return ""
	}
	return it.Tags[0]
}

func rememberName(it *Item) { lastName = it.Name } // content to heap

func count(it *Item) int { return len(it.Tags) } // does not escape

func tagsOf(it *Item) []string { return it.Tags }

func joinTags(items ...*Item) string {
	var sb strings.Builder
	for _, it := range items {
		for _, t := range it.Tags {
			sb.WriteString(t)
			sb.WriteByte(' ')
		}
	}
	return strings.TrimSpace(sb.String())
}

func pick(a, b *Item, first bool) *Item {
	if first {
		return a
	}
	return b
}

func fill(dst *[]string, it *Item) { *dst = append(*dst, it.Tags...) }

func main() {
	a := &Item{Name: "a", Tags: []string{"x", "y"}}
	register(a)
	b := &Item{Name: "b", Tags: []string{"z"}}
	c := identity(b)
	d := Item{Name: "d", Tags: []string{"w"}}
	fmt.Println(firstTag(&d), count(&d))
	e := &Item{Name: "e"}
	rememberName(e)
	f := &Item{Name: "f", Tags: []string{"p", "q"}}
	ts := tagsOf(f)
	g := &Item{Name: "g", Tags: []string{"r"}}
	h := &Item{Name: "h", Tags: []string{"s"}}
	k := pick(g, h, len(ts) > 1)
	var all []string
	fill(&all, g)
	fill(&all, h)
	fmt.Println(len(registry), c.Name, lastName, ts, k.Name, all)
	fmt.Println(joinTags(a, b, &d, f))
}

// Parameters that leak in different ways: to a result, to the heap, only
// their contents, or not at all; seen through small helper functions.
package main

import (
	"fmt"
	"strings"
)

type Doc struct {
	Title string
	Words []string
	Meta  *Meta
}

type Meta struct {
	Author string
	Year   int
}

var registry []*Doc
var lastTitle string

func title(d *Doc) string { return d.Title }

func firstWord(d *Doc) string {
	if len(d.Words) == 0 {
		return ""
	}
	return d.Words[0]
}

func metaOf(d *Doc) *Meta { return d.Meta }

func self(d *Doc) *Doc { return d }

func register(d *Doc) { registry = append(registry, d) }

func remember(d *Doc) { lastTitle = d.Title }

func wordCount(d *Doc) int { return len(d.Words) }

func pick(a, b *Doc, first bool) *Doc {
	if first {
		return a
	}
	return b
}

func join(parts ...string) string { return strings.Join(parts, "-") }

func keepWords(ws []string) []string { return ws[1:] }

func fill(dst []string, s string) {
	for i := range dst {
		dst[i] = s
	}
}

func store(m map[string]*Meta, k string, v *Meta) { m[k] = v }

func main() {
	d1 := &Doc{Title: "heap", Words: []string{"a", "b", "c"}, Meta: &Meta{"ann", 2020}}
	d2 := &Doc{Title: "stack", Words: []string{"x"}}
	fmt.Println(title(d1), firstWord(d1), metaOf(d1).Author, self(d2).Title)
	fmt.Println(wordCount(d1), pick(d1, d2, false).Title)
	local := Doc{Title: "local"}
	remember(&local)
	fmt.Println(lastTitle)
	register(&Doc{Title: "kept"})
	fmt.Println(len(registry), registry[0].Title)
	fmt.Println(join("a", "b", "c"), keepWords(d1.Words))
	buf := make([]string, 3)
	fill(buf, "z")
	fmt.Println(buf)
	m := map[string]*Meta{}
	store(m, "x", &Meta{"bob", 1999})
	fmt.Println(*m["x"])
	var metas [2]Meta
	mp := &metas[1]
	mp.Year = 7
	fmt.Println(metas)
}

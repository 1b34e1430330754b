package main

import (
	"fmt"
	"sort"
	"strings"
)

type Named interface{ Name() string }
type Sized interface{ Size() int }
type Entry interface {
	Named
	Sized
}

type base struct {
	name string
	tags []string
}

func (b base) Name() string      { return b.name }
func (b *base) Tag(t string)     { b.tags = append(b.tags, t) }
func (b base) Tags() []string    { return b.tags }
func (b *base) Rename(n string)  { b.name = n }

type File struct {
	base
	bytes int
}

func (f File) Size() int { return f.bytes }

type Dir struct {
	*base
	children []Entry
}

func (d *Dir) Size() int {
	n := 0
	for _, c := range d.children {
		n += c.Size()
	}
	return n
}

type Link struct {
	File
	target Entry
}

func (l Link) Size() int { return 0 }

type bySize []Entry

func (s bySize) Len() int           { return len(s) }
func (s bySize) Less(i, j int) bool { return s[i].Size() < s[j].Size() }
func (s bySize) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func walk(e Entry, depth int, out *[]string) {
	*out = append(*out, fmt.Sprintf("%s%s %d", strings.Repeat(" ", depth), e.Name(), e.Size()))
	if d, ok := e.(*Dir); ok {
		for _, c := range d.children {
			walk(c, depth+1, out)
		}
	}
}

func main() {
	a := File{base{name: "a.txt"}, 120}
	b := &File{base{name: "b.bin"}, 4096}
	docs := &Dir{base: &base{name: "docs"}, children: []Entry{a, b}}
	ln := Link{File{base{name: "latest"}, 99}, b}
	root := &Dir{base: &base{name: "/"}, children: []Entry{docs, ln, File{base{name: "z"}, 1}}}
	var out []string
	walk(root, 0, &out)
	fmt.Println(strings.Join(out, "\n"))
	b.Tag("binary")
	b.Rename("b2.bin")
	docs.Tag("folder")
	a.Tag("lost") // a was copied into docs.children
	fmt.Println(docs.children[1].Name(), docs.children[0].(File).Tags(), b.Tags(), docs.Tags())
	entries := []Entry{root, docs, ln, a, b}
	sort.Sort(bySize(entries))
	for _, e := range entries {
		fmt.Printf("%T %s %d\n", e, e.Name(), e.Size())
	}
	nameFns := []func() string{a.Name, b.Name, docs.Name, ln.Name, ln.target.Name}
	b.Rename("b3.bin")
	docs.Rename("DOCS")
	for _, f := range nameFns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var n Named = ln
	if s, ok := n.(Sized); ok {
		fmt.Println("link is sized:", s.Size())
	}
	renamers := []interface{ Rename(string) }{b, docs, &ln, &a}
	for i, r := range renamers {
		r.Rename(fmt.Sprint("r", i))
	}
	fmt.Println(b.name, docs.name, ln.name, a.name, root.children[0].Name())
}

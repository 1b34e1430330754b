package main

import (
	"fmt"
	"strings"
)

type Namer interface{ Name() string }

type Sizer interface{ Size() int }

type Resetter interface{ Reset() }

type NamedSizer interface {
	Namer
	Sizer
}

type Full interface {
	NamedSizer
	Resetter
	fmt.Stringer
}

type base struct {
	id   int
	tags []string
}

func (b base) Name() string   { return fmt.Sprintf("base#%d", b.id) }
func (b *base) Reset()        { b.tags = b.tags[:0]; b.id = 0 }
func (b *base) Tag(t string)  { b.tags = append(b.tags, t) }
func (b base) String() string { return "base(" + strings.Join(b.tags, ",") + ")" }

type File struct {
	*base
	data []byte
}

func (f File) Size() int { return len(f.data) }

type Dir struct {
	base
	entries []Namer
}

func (d *Dir) Size() int {
	n := 0
	for _, e := range d.entries {
		if s, ok := e.(Sizer); ok {
			n += s.Size()
		}
	}
	return n
}

// Name shadows the promoted base.Name.
func (d *Dir) Name() string { return "dir:" + d.base.Name() }

type Logged struct {
	Full
	log []string
}

func (l *Logged) Reset() {
	l.log = append(l.log, "reset "+l.Name())
	l.Full.Reset()
}

func describe(v interface{}) string {
	var parts []string
	if n, ok := v.(Namer); ok {
		parts = append(parts, "Namer="+n.Name())
	}
	if s, ok := v.(Sizer); ok {
		parts = append(parts, fmt.Sprint("Sizer=", s.Size()))
	}
	if _, ok := v.(Resetter); ok {
		parts = append(parts, "Resetter")
	}
	if _, ok := v.(Full); ok {
		parts = append(parts, "Full")
	}
	return fmt.Sprintf("%T: %s", v, strings.Join(parts, " "))
}

func main() {
	f := File{base: &base{id: 1}, data: []byte("hello")}
	f.Tag("txt")
	f.Tag("small")
	fmt.Println(describe(f))
	fmt.Println(describe(&f))
	fmt.Println(f, f.Name(), f.Size())

	d := Dir{base: base{id: 2}, entries: []Namer{f, &Dir{base: base{id: 3}}}}
	d.Tag("root")
	fmt.Println(describe(d))
	fmt.Println(describe(&d))
	fmt.Println(d.Name(), d.base.Name(), d.Size())

	var full Full = &d
	lg := &Logged{Full: full}
	fmt.Println(describe(lg), lg.String())
	lg.Reset()
	fmt.Println(lg.log, d.id, len(d.tags), lg.Name())

	// Method values bind the receiver at evaluation time.
	b := base{id: 9}
	nameFn := b.Name
	b.id = 10
	tagFn := (&b).Tag
	tagFn("x")
	fmt.Println(nameFn(), b.Name(), b.tags)

	// Method expressions.
	sizeOf := File.Size
	reset := (*base).Reset
	fmt.Println(sizeOf(f))
	reset(f.base)
	fmt.Println(f.Name(), f.String(), len(f.tags))

	var ns NamedSizer = f
	if st, ok := ns.(fmt.Stringer); ok {
		fmt.Println("stringer:", st)
	}
	_, isFull := ns.(Full)
	fmt.Println("file is Full:", isFull)
}

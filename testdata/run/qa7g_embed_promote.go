package main

import (
	"fmt"
	"sort"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l Logger) Count() int { return len(l.lines) }

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("#%d %s", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Animal interface {
	Sound() string
	Describe() string
}

type Dog struct {
	Base
	*Logger
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	Base
	Lives int
}

func (c *Cat) Sound() string { return "meow" }

// Describe shadows Base.Describe
func (c *Cat) Describe() string { return "cat " + c.Base.Describe() }

type Loud struct {
	Animal
	times int
}

func (l Loud) Sound() string { return strings.Repeat(strings.ToUpper(l.Animal.Sound())+"!", l.times) }

type Sorter struct {
	sort.IntSlice
	calls int
}

func (s *Sorter) Less(i, j int) bool {
	s.calls++
	return s.IntSlice[i] > s.IntSlice[j]
}

func apply(fs []func() string) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f())
	}
	return out
}

func main() {
	lg := &Logger{prefix: "[dog] "}
	d := Dog{Base{1, "Rex"}, lg, "lab"}
	c := &Cat{Base{2, "Tom"}, 9}
	animals := []Animal{d, c, Loud{c, 2}, Loud{Animal: d, times: 1}}
	for _, a := range animals {
		fmt.Printf("%-22s %-12s %T\n", a.Describe(), a.Sound(), a)
	}
	d.Logf("barked %d times", 3)
	d.Rename("Max")
	fmt.Println(d.Name, d.Base.Name, d.Count(), lg.lines, d.prefix)
	// method values bind the receiver at evaluation time
	desc := d.Describe
	snd := c.Sound
	cdesc := c.Describe
	d.Name = "Changed"
	c.Name = "Jerry"
	fmt.Println(apply([]func() string{desc, snd, cdesc, d.Describe}))
	// method expressions
	f := Base.Describe
	g := (*Base).Rename
	b := Base{3, "x"}
	g(&b, "y")
	fmt.Println(f(b), (*Cat).Sound(c), Dog.Sound(d))
	var anim Animal = c
	if s, ok := anim.(interface{ Rename(string) }); ok {
		s.Rename("Felix")
	}
	fmt.Println(c.Describe())
	s := &Sorter{IntSlice: []int{3, 1, 4, 1, 5, 9, 2, 6}}
	sort.Sort(s)
	fmt.Println(s.IntSlice, s.calls > 0, s.Len())
	sort.Sort(s.IntSlice)
	fmt.Println(s.IntSlice)
	fmt.Printf("%+v\n", Cat{Base{4, "Z"}, 1})
	fmt.Printf("%v\n", d.Base)
	type Named interface{ Describe() string }
	var ns []Named = []Named{b, &b, d, c}
	for _, n := range ns {
		fmt.Print(n.Describe(), "; ")
	}
	fmt.Println()
}

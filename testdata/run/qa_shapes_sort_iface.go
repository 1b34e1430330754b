package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{ name string }
type Cat struct{ name string }
type Cow struct {
	name  string
	loud  bool
}

func (d Dog) Sound() string  { return "woof" }
func (d Dog) Name() string   { return d.name }
func (c *Cat) Sound() string { return "meow" }
func (c *Cat) Name() string  { return c.name }
func (c Cow) Sound() string {
	if c.loud {
		return "MOO"
	}
	return "moo"
}
func (c Cow) Name() string { return c.name }

type byName []Animal

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].Name() < b[j].Name() }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func chorus(as ...Animal) string {
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = a.Name() + ":" + a.Sound()
	}
	return strings.Join(parts, ", ")
}

func main() {
	zoo := []Animal{Dog{"rex"}, &Cat{"tom"}, Cow{"bess", true}, Dog{"ace"}, &Cat{"kit"}}
	sort.Sort(byName(zoo))
	fmt.Println(chorus(zoo...))
	counts := map[string]int{}
	for _, a := range zoo {
		counts[fmt.Sprintf("%T", a)]++
	}
	fmt.Println(counts)
	var a Animal = Dog{"x"}
	var b Animal = Dog{"x"}
	fmt.Println(a == b, a != Animal(Cow{"x", false}))
	c1, c2 := &Cat{"same"}, &Cat{"same"}
	fmt.Println(Animal(c1) == Animal(c2), Animal(c1) == Animal(c1))
	m := map[Animal]int{Dog{"k"}: 1}
	m[Dog{"k"}]++
	fmt.Println(m[Dog{"k"}], len(m))
	defer func() { fmt.Println("panic:", recover()) }()
	type bad struct{ f []int }
	var e1, e2 interface{} = bad{}, bad{}
	fmt.Println(e1 == e2)
}

package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Count() int    { return len(l.lines) }

type Named interface{ Name() string }

type Animal struct{ name string }

func (a Animal) Name() string { return a.name }

type Dog struct {
	Animal
	*Logger
	Tricks []string
}

type Loud struct {
	Named
}

func (d Dog) Speak() string { return d.Name() + " says woof" }

type Speaker interface{ Speak() string }

func main() {
	d := Dog{Animal{"rex"}, &Logger{prefix: "> "}, nil}
	d.Log("hello")
	d.Log(d.Speak())
	fmt.Println(d.Count(), strings.Join(d.lines, "|"))
	var n Named = d
	fmt.Println(n.Name())
	var sp Speaker = &d
	fmt.Println(sp.Speak())
	f := d.Log
	f("via method value")
	g := (*Dog).Speak
	fmt.Println(g(&d), d.Logger.Count())
	l := Loud{Animal{"cat"}}
	fmt.Println(l.Name())
	var nn Named = l
	fmt.Println(nn.Name())
	fmt.Printf("%v %+v\n", d.Animal, l)
}

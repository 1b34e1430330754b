package main

import (
	"fmt"
	"strings"
)

type Logger struct{ prefix string }

func (l Logger) Log(msg string) string { return l.prefix + msg }
func (l *Logger) SetPrefix(p string) { l.prefix = p }

type Named interface{ Name() string }

type Animal struct{ name string }

func (a Animal) Name() string   { return a.name }
func (a Animal) String() string { return "animal " + a.name }

type Dog struct {
	Animal
	*Logger
	breed string
}

type Cat struct {
	Named
	lives int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Grid [3][3]int

func (g Grid) Sum() int {
	s := 0
	for _, row := range g {
		for _, v := range row {
			s += v
		}
	}
	return s
}

type Words []string

func (w Words) Join() string { return strings.Join(w, "+") }

func describe(n Named) string { return "name=" + n.Name() }

func main() {
	d := Dog{Animal: Animal{"rex"}, Logger: &Logger{"> "}, breed: "lab"}
	d.SetPrefix(">> ")
	fmt.Println(d.Log("woof"), d.Name(), describe(d), describe(&d))
	c := Cat{Named: Animal{"tom"}, lives: 9}
	fmt.Println(describe(c), c.lives)
	var s fmt.Stringer = Celsius(21.5)
	fmt.Println(s, Celsius(-3))
	g := Grid{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(g.Sum())
	fmt.Println(Words{"x", "y"}.Join())
	var x any = d.Animal
	switch v := x.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", v)
	default:
		fmt.Println("other")
	}
	if n, ok := x.(Named); ok {
		fmt.Println(n.Name())
	}
}

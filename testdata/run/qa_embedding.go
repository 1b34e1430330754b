package main

import (
	"fmt"
	"sync"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Base struct {
	ID int
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Service struct {
	Base
	*Logger
	sync.Mutex
	Name string
}

type Describer interface{ Describe() string }

type Override struct{ Base }

func (o Override) Describe() string { return "Override of " + o.Base.Describe() }

func main() {
	s := &Service{Base: Base{1}, Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	s.SetID(7)
	s.Lock()
	s.Log("started %s with id %d", s.Name, s.ID)
	s.Unlock()
	s.Log("%d lines", len(s.lines))
	fmt.Println(s.Describe(), s.lines)
	var d Describer = s
	fmt.Println(d.Describe())
	d = Override{Base{3}}
	fmt.Println(d.Describe())
	fmt.Printf("%+v\n", Override{Base{4}})
	type Point struct{ X, Y int }
	type Circle struct {
		Point
		R int
	}
	c := Circle{Point{1, 2}, 5}
	c.X += 10
	fmt.Printf("%v %+v %d\n", c, c, c.Point.X)
	ds := []Describer{Base{1}, &Base{2}, Override{Base{3}}, s}
	for _, x := range ds {
		fmt.Printf("%T %s\n", x, x.Describe())
	}
}

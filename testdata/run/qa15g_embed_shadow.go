package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }
func (l Logger) Name() string    { return "logger(" + l.prefix + ")" }

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("base %d %s", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }

type Mid struct {
	Base
	Name string // shadows Base.Name
}

func (m Mid) Kind() string { return "mid/" + m.Base.Kind() }

type Top struct {
	*Mid
	*Logger
	Extra int
}

func (t Top) Describe() string { return "top: " + t.Mid.Describe() }

type Kinder interface{ Kind() string }
type Describer interface{ Describe() string }

func main() {
	t := Top{Mid: &Mid{Base: Base{1, "inner"}, Name: "outer"}, Logger: &Logger{"[log] "}, Extra: 5}
	fmt.Println(t.Name, t.Mid.Name, t.Base.Name, t.ID)
	fmt.Println(t.Kind(), t.Describe(), t.Mid.Describe())
	t.Log("hello")
	fmt.Println(t.Logger.Name())
	t.ID = 42 // through two embedded levels and a pointer
	fmt.Println(t.Mid.Base.ID)

	var k Kinder = t
	var d Describer = t.Mid
	fmt.Println(k.Kind(), d.Describe())
	items := []any{t, *t.Mid, t.Base, t.Logger, *t.Logger}
	for _, it := range items {
		_, isK := it.(Kinder)
		_, isD := it.(Describer)
		_, isL := it.(interface{ Log(string) })
		fmt.Printf("%-12T kinder=%-5v describer=%-5v logger=%v\n", it, isK, isD, isL)
	}
	var empty Top
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(empty.Extra)
	fmt.Println(empty.Name)
}

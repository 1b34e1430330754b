// Printing structs with fmt: %v, %+v, %#v, Stringer on value and pointer
// receivers, nested structs, slices and maps of structs.
package main

import (
	"errors"
	"fmt"
)

type Color uint8

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", uint8(c))
}

type Size struct{ W, H int }

type Item struct {
	Name  string
	Color Color
	Size  Size
	Tags  []string
	Attrs map[string]int
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", float64(*t)) }

type Wrapper struct {
	Label string
	Err   error
	Any   interface{}
}

func main() {
	it := Item{"box", Green, Size{3, 4}, []string{"a", "b"}, map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n", it)
	fmt.Printf("%+v\n", it)
	fmt.Printf("%#v\n", it.Size)
	fmt.Printf("%#v\n", it.Tags)
	fmt.Printf("%#v %d %x\n", Blue, Blue, Color(200))
	fmt.Println(Color(9), []Color{Red, Blue})

	t := Temp(21.5)
	fmt.Println(t, &t) // String has a pointer receiver
	fmt.Printf("%v %s\n", &t, &t)

	items := []Item{it, {Name: "bag", Color: Red}}
	fmt.Printf("%v\n", items)
	pi := &items[1]
	fmt.Printf("%+v\n", pi)

	w := Wrapper{"w", errors.New("bad thing"), Size{1, 2}}
	fmt.Printf("%v\n%+v\n", w, w)
	var nilw Wrapper
	fmt.Printf("%v %+v\n", nilw, nilw)
	fmt.Printf("%T %T %T\n", it, pi, w.Any)
	fmt.Printf("[%6.2f] [%-6d] [%06d] [%x] [%X] [%q]\n", 3.14159, 42, 42, "hi", []byte("ok"), 'g')
	fmt.Printf("%5t|%-5t|%v\n", true, false, struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%v %v\n", [2]Size{{1, 1}, {2, 2}}, map[Color]Size{Blue: {9, 9}, Red: {0, 1}})
	s := fmt.Sprintf("%08.3f|%+d|%e", -3.5, 5, 123456.789)
	fmt.Println(s, len(s))
	fmt.Printf("%d %s\n", "str", 12)
}

package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Pts    []Point
	Tags   map[string]int
	Origin *Point
	Next   *Shape
	note   string
}

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Hex []byte

func (h Hex) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	fmt.Fprintf(f, "Hex(%c,w=%d/%v,plus=%v,minus=%v,sharp=%v)", c, w, wok, f.Flag('+'), f.Flag('-'), f.Flag('#'))
}

func main() {
	p := Point{3, -4}
	s := Shape{Name: "tri", Pts: []Point{{0, 0}, {1, 2}}, Tags: map[string]int{"b": 2, "a": 1}, note: "hidden"}
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Printf("%#v %v %+v\n", p, &p, &s.Pts[1])
	fmt.Printf("%#v\n", s.Tags)
	fmt.Printf("%#v %#v\n", s.Pts, []string{"x", "y"})
	fmt.Printf("%T %T %T %T\n", s, &s, s.Tags, main)
	fmt.Printf("%T %T %T\n", make(chan<- int), func(int, ...string) error { return nil }, [2]struct{ A int }{})
	fmt.Printf("[%6d][%-6d][%06d][%+d][% d][%x][%X][%#x][%o][%#o][%b]\n", 42, 42, -42, 42, 42, 255, 255, 255, 8, 8, 5)
	fmt.Printf("[%8.3f][%-8.2f][%08.3f][%+.1e][%g][%G][%.3g][%e]\n", 3.14159, 2.5, -1.5, 12345.678, 1e21, 1e-7, 1234.5678, 0.0)
	fmt.Printf("[%s][%10s][%-10s][%.2s][%q][%x][% x][%X]\n", "go", "go", "go", "gopher", "tab\there", "hi", "hi", []byte("hi"))
	fmt.Printf("[%c][%q][%U][%#U][%d]\n", 'é', 'é', 'é', '⌘', 'A')
	fmt.Printf("[%*d][%-*d][%.*f]\n", 5, 1, 5, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%v %d %s %x\n", Level(1), Level(2), Level(0), Level(2))
	fmt.Printf("%v|%+v|%-8v|%#v\n", Hex{1}, Hex{2}, Hex{3}, Hex{4})
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%v %v\n", errors.New("boom"), []error{nil, errors.New("x")})
	fmt.Printf("%5t|%-7v|%3c|\n", false, true, 'z')
	fmt.Printf("%x %X %x\n", -255, "Ω", 3.5)
	fmt.Printf("%08b %o %O\n", 5, -8, 64)
	fmt.Printf("%6.2f%%\n", 99.5)
	var np *Point
	var ns []int
	var nm map[string]bool
	fmt.Printf("%v %+v %v %v %d %s\n", np, np, ns, nm, ns, nm)
	fmt.Printf("%#v %#v %#v\n", np, ns, nm)
	fmt.Printf("%v %v\n", [3]bool{true}, struct {
		A *int
		B any
	}{})
	fmt.Fprintln(os.Stdout, fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil), fmt.Sprintln("x", 1))
}

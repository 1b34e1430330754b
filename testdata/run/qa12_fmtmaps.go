// How fmt prints maps and nested values: sorted keys of every kind
// (ints, strings, floats with NaN, bools, arrays, structs, interfaces of
// mixed dynamic types, pointers as nil), %#v of nested composites and
// custom Stringer/GoStringer/Formatter implementations.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s %d.%02d", m.Cur, m.Cents/100, m.Cents%100)
			return
		}
		fmt.Fprintf(f, "%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		w, ok := f.Width()
		if !ok {
			w = 0
		}
		fmt.Fprintf(f, "%*d", w, m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Key struct {
	A int
	B string
}

type Tree struct {
	Name string
	Kids []*Tree
	Meta map[string]any
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "a", 2: "b"})
	fmt.Println(map[float64]int{math.NaN(): 1, math.Inf(-1): 2, 0.5: 3, math.Inf(1): 4, -0.25: 5})
	fmt.Println(map[bool]int{true: 1, false: 0}, map[[2]int]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true})
	fmt.Println(map[Key]int{{2, "a"}: 1, {1, "z"}: 2, {1, "b"}: 3})
	fmt.Println(map[any]int{"b": 1, 2: 2, "a": 3, 1.5: 4, 1: 5, true: 6, Red: 7})
	fmt.Println(map[Color][]string{Blue: {"sky"}, Red: {"rose", "fire"}, Green: nil})
	fmt.Printf("%v %+v %#v\n", Key{1, "x"}, Key{1, "x"}, Key{1, "x"})
	fmt.Printf("%#v\n", map[string][]int{"b": {1}, "a": nil})
	fmt.Printf("%#v %#v %#v\n", []any{1, "s", nil, 2.5, Red}, [2]bool{true}, struct {
		X *int
		Y []byte
	}{})
	fmt.Printf("%v|%s|%#v|%q\n", Secret("pw"), Secret("pw"), Secret("pw"), Secret("pw"))
	m := Money{12345, "EUR"}
	fmt.Printf("%v|%+v|%d|%8d|%x|%s\n", m, m, m, m, m, []Money{m, {5, "USD"}})
	t := &Tree{Name: "root", Kids: []*Tree{{Name: "a"}, {Name: "b", Meta: map[string]any{"w": 2, "h": []int{1}}}}}
	fmt.Printf("%v\n%+v\n", *t.Kids[1], *t.Kids[1])
	fmt.Printf("%v %d %s\n", []Color{Blue, Red}, []Color{Blue, Red}, Green)
	var np *Key
	var ni fmt.Stringer
	var nm map[string]int
	var ns []int
	fmt.Printf("%v %v %v %v %d %s\n", np, ni, nm, ns, ns, ns)
	fmt.Printf("%#v %#v %#v\n", nm, ns, ni)
	err := fmt.Errorf("wrap: %w", errors.New("inner"))
	fmt.Printf("%v|%s|%q|%x\n", err, err, err, "hi")
	fmt.Printf("%d %s %v\n", "str", 42, struct{}{})
	fmt.Printf("%!|%z|%-5%|%d\n", 1)
	fmt.Printf("%[2]d %[1]d %d|%[3]*.[2]*[1]f|\n", 1, 2, 8)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil), fmt.Sprintln("x", 1), strings.Repeat("=", 3))
	fmt.Printf("%6.2v|%-8v|%08.3v|%+v\n", math.Pi, "left", 2.0/3, -0.0)
	fmt.Printf("%t %v %p\n", true, complex(1, -2), nil)
	fmt.Printf("%x %X %o %b %c %U %q\n", []int{10, 255}, "Az", []uint8{8, 9}, int8(-5), []rune("hé"), []rune("é"), []string{"a\tb", "c"})
}

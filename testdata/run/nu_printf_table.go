// Formatting tables with Printf: widths, precision, flags and verbs, in
// the style of a Go-by-Example chapter that prints a report and then a
// cheat sheet of every verb applied to a few values.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Product struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

type point struct{ x, y int }

type Level uint8

func (l Level) String() string {
	switch l {
	case 0:
		return "low"
	case 1:
		return "mid"
	}
	return fmt.Sprintf("Level(%d)", uint8(l))
}

func line(widths ...int) string {
	parts := make([]string, len(widths))
	for i, w := range widths {
		parts[i] = strings.Repeat("-", w)
	}
	return "+" + strings.Join(parts, "+") + "+"
}

func main() {
	items := []Product{
		{"A-001", "Widget", 12, 3.5, []string{"tools"}},
		{"B-120", "Gadget with a very long name", 3, 1299.999, nil},
		{"C-7", "Ünïcödé thing", 0, 0.125, []string{"x", "y"}},
		{"D-42", "", -5, -17.25, []string{}},
	}
	sep := line(8, 22, 6, 12, 10)
	fmt.Println(sep)
	fmt.Printf("|%-8s|%-22s|%6s|%12s|%-10s|\n", "SKU", "Name", "Qty", "Price", "Tags")
	fmt.Println(sep)
	total := 0.0
	for _, p := range items {
		name := p.Name
		if len(name) > 20 {
			name = name[:19] + "…"
		}
		fmt.Printf("|%-8s|%-22.22s|%6d|%12.2f|%-10v|\n", p.SKU, name, p.Qty, p.Price, p.Tags)
		total += float64(p.Qty) * p.Price
	}
	fmt.Println(sep)
	fmt.Printf("|%-8s %22s %6s %12.3f %10s|\n", "TOTAL", "", "", total, "")
	fmt.Println(sep)

	// Integers.
	for _, n := range []int{0, 7, -42, 255, 1 << 20} {
		fmt.Printf("%6d|%-6d|%+d|%06d|%x|%X|%#x|%o|%#o|%b|%8.4d|% d\n", n, n, n, n, n, n, n, n, n, n, n, n)
	}
	fmt.Printf("%c %c %U %#U %q %q\n", 'A', 0x1F600, 'é', 'é', 'x', '\n')
	fmt.Printf("%d %v %s\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%x % x %X %q\n", "hello", "hello", []byte{1, 171}, []string{"a", "b\"c"})

	// Floats.
	for _, f := range []float64{0, 1, -1.5, 3.14159265, 1e6, 1.5e-7, 123456789.0} {
		fmt.Printf("%v|%8.3f|%-10.2f|%e|%E|%g|%.3g|%+.1f|%10.3e\n", f, f, f, f, f, f, f, f, f)
	}
	fmt.Printf("%5.1f%%|%x|%v\n", 99.5, 1.0, float32(0.1))

	// Strings and padding with *.
	for i, s := range []string{"a", "golang", "€uro"} {
		fmt.Printf("[%*s][%-*s][%.2s][%5.1q]\n", 8, s, 8, s, s, s)
		_ = i
	}

	// Composite values.
	p := point{1, -2}
	pp := &p
	var np *point
	m := map[string]point{"b": {3, 4}, "a": {1, 2}}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%v %+v\n", pp, pp)
	fmt.Printf("%v %+v %#v\n", np, np, np)
	fmt.Printf("%v %#v\n", m, m)
	fmt.Printf("%v %d %s %x\n", Level(1), Level(1), Level(7), Level(255))
	fmt.Printf("%#v %#v %#v %#v\n", []int{1}, "q", 42, 2.0)
	fmt.Printf("%T %T %T %T %T\n", p, pp, m, items, Level(0))
	fmt.Printf("%t %v %08.3f %-8t|\n", true, false, -3.14159, true)
	fmt.Printf("%v %v\n", [3]bool{true}, struct {
		A int
		B string
	}{1, "x"})

	// Mistakes go vet would flag, but fmt prints something defined.
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%z\n", 3)
	n, err := fmt.Fprintf(os.Stdout, "%s=%v\n", "k", nil)
	fmt.Println(n, err)
	s := fmt.Sprintln("a", 1, 2.5, true, nil, 'x')
	fmt.Print(s, len(s), "\n")
	fmt.Print("a", "b", 1, 2, "c", 3.0, "\n")
}

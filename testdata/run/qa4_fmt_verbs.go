// A tour of fmt's verbs, flags, widths and error annotations, the way a
// "cheat sheet" blog post prints them: every line shows the format and
// what Go makes of it.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct {
	X, Y int
}

type Account struct {
	Owner   string
	Balance float64
	Tags    []string
	Limits  map[string]int
	Next    *Account
}

type Secret string

func (Secret) GoString() string { return `Secret("***")` }

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func show(format string, args ...interface{}) {
	fmt.Printf("%-14q => [", format)
	fmt.Printf(format, args...)
	fmt.Println("]")
}

func main() {
	fmt.Println("== integers")
	for _, f := range []string{"%d", "%+d", "%5d", "%-5d", "%05d", "%x", "%X", "%#x", "%o", "%#o", "%O", "%b", "%c", "%q", "%U", "%#U"} {
		show(f, 90)
	}
	show("%d", -42)
	show("%x", -255)
	show("%08b", uint8(5))
	show("%d", int64(math.MinInt64))
	show("%d", uint64(math.MaxUint64))
	show("% d", 7)

	fmt.Println("== floats")
	for _, f := range []string{"%f", "%.2f", "%8.3f", "%-8.3f", "%+.1f", "%e", "%E", "%.3e", "%g", "%G", "%.3g", "%10.4g", "%x"} {
		show(f, 1234.5678)
	}
	show("%g", 1e21)
	show("%g", 1e-7)
	show("%v", 100000000.0)
	show("%v", float32(0.1))
	show("%.0f", 2.5)
	show("%.0f", 3.5)
	show("%f %f %f", math.Inf(1), math.Inf(-1), math.NaN())
	show("%v", -0.0*-1)
	show("%6.2f%%", 12.3456)

	fmt.Println("== strings and bytes")
	for _, f := range []string{"%s", "%q", "%x", "% x", "%X", "%10s", "%-10s", "%.3s", "%+q", "%#q"} {
		show(f, "héllo")
	}
	show("%s", []byte("bytes"))
	show("%x", []byte{1, 171, 255})
	show("%q", 'ü')
	show("%q", "tab\there\n")
	show("%#q", "back`tick")

	fmt.Println("== composite values")
	p := Point{3, -4}
	show("%v", p)
	show("%+v", p)
	show("%#v", p)
	show("%T", p)
	show("%v", &p)
	show("%+v", &p)
	acct := Account{Owner: "ada", Balance: 12.5, Tags: []string{"vip", "eu"}, Limits: map[string]int{"daily": 500, "atm": 200, "wire": 10000}}
	show("%v", acct)
	show("%+v", acct)
	show("%#v", acct.Limits)
	show("%v", []interface{}{1, "two", 3.0, nil, true, Point{}})
	show("%d", []int{1, 2, 3})
	show("%x", []int{10, 11, 255})
	show("%q", []string{"a", "b c"})
	show("%v", [2][2]int{{1, 2}, {3, 4}})
	show("%v", map[Point]string{{1, 2}: "a", {0, 5}: "b", {1, 0}: "c"})

	fmt.Println("== Stringer, GoStringer, error")
	show("%v", Celsius(21.456))
	show("%s", Celsius(-3))
	show("%d", Celsius(7))
	show("%v %v %v %v", Debug, Info, Warn, Level(9))
	show("%d", Warn)
	show("%#v", Secret("pw"))
	show("%v", Secret("pw"))
	show("%v", errors.New("disk full"))
	show("%q", errors.New("quoted"))
	var nilErr error
	show("%v", nilErr)
	var np *Point
	show("%v", np)
	var ns []int
	var nm map[string]int
	show("%v %v %d %d", ns, nm, len(ns), len(nm))
	show("%#v %#v", ns, nm)

	fmt.Println("== width and precision from arguments, indexes")
	show("%*d|", 6, 42)
	show("%-*d|", 6, 42)
	show("%.*f", 2, math.Pi)
	show("%*.*f|", 9, 3, math.E)
	show("%[2]d %[1]d", 10, 20)
	show("%[1]d %[1]x %[1]o %[1]b", 64)
	show("%d %d %[1]d %d", 1, 2)

	fmt.Println("== mistakes")
	show("%d", "str")
	show("%s", 12)
	show("%d %d", 1)
	show("%d", 1, 2)
	show("%z", 3)
	show("%!", 3)
	show("100%")
	show("%.2s", 3.14159)
	show("%t", 1)
	show("%t %t", true, false)

	fmt.Println("== Sprint spacing rules")
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprintln("x", 1, 'y') == "x 1 121\n")
	n, err := fmt.Fprintf(os.Stdout, "%s=%v;\n", "k", []string{})
	fmt.Println(n, err)
	fmt.Printf("%v|%6v|%-6v|%06v\n", true, 3.5, "ab", -12)
	fmt.Printf("%x %X\n", "Go", "Go")
	fmt.Printf("%c%c%c\n", 71, 0x1F600, 'o')
	fmt.Printf("%5.1q|%-4c|%3c|\n", "abc", 'x', 'y')
	fmt.Printf("%08.3f|%+08d|%x|%#X\n", -3.14159, 42, uint16(0xBEEF), 3054)
	fmt.Printf("%e|%.2e|%g|%g\n", 0.0, 123456.789, 0.000012345, 123456789.0)
}

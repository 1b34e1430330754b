// fmt.Formatter and fmt.State: custom Format methods, flags, width, precision.
package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y int }

func (v Vec) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Vec{X:%d, Y:%d}", v.X, v.Y)
			return
		}
		fmt.Fprintf(f, "(%d,%d)", v.X, v.Y)
	case 's':
		w, ok := f.Width()
		s := fmt.Sprintf("%d/%d", v.X, v.Y)
		if ok && w > len(s) {
			s = strings.Repeat(".", w-len(s)) + s
		}
		f.Write([]byte(s))
	default:
		fmt.Fprintf(f, "%%!%c(Vec)", verb)
	}
}

type Hex uint32

func (h Hex) Format(f fmt.State, verb rune) {
	p, ok := f.Precision()
	if !ok {
		p = 8
	}
	fmt.Fprintf(f, "0x%0*x", p, uint32(h))
}

type Bad struct{}

func (Bad) Format(f fmt.State, verb rune) { panic("no format") }

func main() {
	v := Vec{3, -4}
	fmt.Printf("%v %+v %s %10s %d\n", v, v, v, v, v)
	fmt.Println(v, []Vec{{1, 2}}, map[string]Vec{"a": {5, 6}})
	fmt.Printf("%v %.4v %x\n", Hex(255), Hex(255), Hex(4096))
	fmt.Println(Bad{})
	fmt.Printf("[%5v] [%s]\n", Bad{}, Bad{})
	s := fmt.Sprint(v, Hex(1))
	fmt.Println(s, len(s))
}

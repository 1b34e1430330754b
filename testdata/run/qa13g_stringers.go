package main

import (
	"errors"
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp struct{ deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.deg) }

type Both struct{ n int }

func (b Both) String() string { return "stringer" }
func (b Both) Error() string  { return "error wins" }

type Go struct{ v int }

func (g Go) GoString() string { return fmt.Sprintf("Go{%d}", g.v) }
func (g Go) String() string   { return "go!" }

type Money struct {
	cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		sign := ""
		c := m.cents
		if c < 0 {
			sign = "-"
			c = -c
		}
		if f.Flag('+') && sign == "" {
			sign = "+"
		}
		s := fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
		if w, ok := f.Width(); ok && len(s) < w {
			if f.Flag('-') {
				s = s + strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", m.cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.cents)
	}
}

type Wrapper struct {
	C   Color
	T   *Temp
	TV  Temp
	M   Money
	Err error
}

type panicky struct{}

func (panicky) String() string { panic("boom in String") }

type nilStringer struct{ s string }

func (n *nilStringer) String() string {
	if n == nil {
		return "<nil stringer>"
	}
	return n.s
}

type List []Color

func (l List) String() string {
	parts := make([]string, len(l))
	for i, c := range l {
		parts[i] = strings.ToLower(c.String())
	}
	return "[" + strings.Join(parts, "|") + "]"
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x %05v\n", Green, Green, Green, Green, Green, Blue)
	cs := []Color{Blue, Red}
	fmt.Println(cs, List(cs))
	fmt.Printf("%v %d\n", cs, cs)
	m := map[Color]int{Blue: 3, Red: 1, Green: 2}
	fmt.Println(m)
	t := Temp{21.5}
	fmt.Println(t, &t)
	fmt.Printf("%v %v %+v\n", t, &t, t)
	fmt.Println(Both{}, error(Both{}))
	fmt.Printf("%v %s %+v\n", Both{}, Both{}, Both{})
	g := Go{7}
	fmt.Printf("%v %+v %#v %s\n", g, g, g, g)
	fmt.Printf("%#v\n", []Go{{1}, {2}})
	for _, c := range []int64{12345, -5, 0, 7} {
		fmt.Printf("[%v] [%10v] [%-10v] [%+v] [%d] [%x]\n", Money{c}, Money{c}, Money{c}, Money{c}, Money{c}, Money{c})
	}
	w := Wrapper{C: Blue, T: &t, TV: t, M: Money{250}, Err: errors.New("bad")}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(panicky{})
	fmt.Printf("%s|%d\n", panicky{}, 3)
	var ns *nilStringer
	fmt.Println(ns)
	fmt.Printf("%v %s\n", ns, &nilStringer{"hi"})
	var st fmt.Stringer = ns
	fmt.Println(st.String(), st != nil)
	var ps *panicky
	fmt.Println(ps)
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprint(Red, 1, 2, Green), fmt.Sprint("a", Red))
	fmt.Println(strings.Repeat(Blue.String(), 2))
	type local struct {
		c Color
		p *Color
	}
	b := Blue
	l := local{Green, &b}
	fmt.Printf("%v %+v\n", l.c, *l.p)
}

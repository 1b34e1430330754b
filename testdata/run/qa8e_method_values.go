package main

import (
	"fmt"
	"sort"
	"strings"
)

type Calculator struct {
	acc   float64
	trace []string
}

func (c *Calculator) Add(x float64) { c.acc += x; c.log("add", x) }
func (c *Calculator) Sub(x float64) { c.acc -= x; c.log("sub", x) }
func (c *Calculator) Mul(x float64) { c.acc *= x; c.log("mul", x) }
func (c *Calculator) Div(x float64) {
	if x == 0 {
		c.log("div-by-zero", x)
		return
	}
	c.acc /= x
	c.log("div", x)
}
func (c *Calculator) log(op string, x float64) {
	c.trace = append(c.trace, fmt.Sprintf("%s(%g)=%g", op, x, c.acc))
}
func (c Calculator) Value() float64 { return c.acc }

type Op func(float64)

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }

type Temp float64

func (t Temp) F() Temp { return t*9/5 + 32 }

func apply(fs []func(string) string, s string) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f(s)
	}
	return out
}

func main() {
	c := &Calculator{}
	ops := map[string]Op{"+": c.Add, "-": c.Sub, "*": c.Mul, "/": c.Div}
	prog := "+ 10 * 3 - 4 / 0 / 2"
	toks := strings.Fields(prog)
	for i := 0; i+1 < len(toks); i += 2 {
		var x float64
		fmt.Sscanf(toks[i+1], "%g", &x)
		ops[toks[i]](x)
	}
	fmt.Println(c.Value(), strings.Join(c.trace, " "))

	value := c.Value
	c.Add(100)
	fmt.Println(value(), c.Value())
	snapshot := (*c).Value
	c.Add(1)
	fmt.Println(snapshot(), c.Value())

	addExpr := (*Calculator).Add
	valExpr := Calculator.Value
	addExpr(c, 0.5)
	fmt.Println(valExpr(*c))

	g1, g2 := Greeter{"Hello"}, Greeter{"Hi"}
	greets := []func(string) string{g1.Greet, g2.Greet, strings.ToUpper, strings.TrimSpace}[0:3:3]
	fmt.Println(len(greets), cap(greets), Greeter.Greet(Greeter{"Yo"}, "x"))
	fs := []func(string) string{g1.Greet, g2.Greet, strings.ToUpper}
	fmt.Println(apply(fs, "gopher"))

	conv := Temp.F
	temps := []Temp{0, 100, -40, 37}
	for _, t := range temps {
		fmt.Printf("%.1f ", float64(conv(t)))
	}
	fmt.Println()
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, len(ops))
	var nilOp Op
	fmt.Println(nilOp == nil, ops["+"] != nil)
	type action struct {
		name string
		run  func() string
	}
	acts := []action{{"greet", func() string { return g1.Greet("world") }}, {"upper", func() string { return strings.ToUpper(g2.greeting) }}}
	for _, a := range acts {
		fmt.Printf("%s: %s\n", a.name, a.run())
	}
}

// Values boxed into interfaces: small integers and constants, strings,
// structs by value and by pointer, slices in any, and a heterogeneous
// property bag printed with type switches and %T.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) String() string { return "P(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")" }

type Temp float64

type Props map[string]any

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64, uint8:
		return fmt.Sprintf("int-ish %v (%T)", x, x)
	case string:
		return "string " + strconv.Quote(x)
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return "ints " + strconv.Itoa(len(x))
	case error:
		return "error " + x.Error()
	case func() int:
		return "func -> " + strconv.Itoa(x())
	default:
		return fmt.Sprintf("other %T %v", x, x)
	}
}

func box(i int) any        { return i }
func boxSmall(b byte) any  { return b }
func boxConst() any        { return 42 }
func boxStr(s string) any  { return s }
func boxPoint(p Point) any { return p }
func boxPtr(p *Point) any  { return p }

func collect(vals ...any) []string {
	out := make([]string, 0, len(vals))
	for _, v := range vals {
		out = append(out, describe(v))
	}
	return out
}

func keys(p Props) []string {
	ks := make([]string, 0, len(p))
	for k := range p {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	n := 7
	counter := func() int { n++; return n }
	items := collect(box(3), box(300), boxSmall(9), boxConst(), boxStr("hi"),
		boxPoint(Point{1, 2}), boxPtr(&Point{3, 4}), []int{1, 2}, fmt.Errorf("e%d", 1),
		counter, Temp(36.6), nil, int64(-1), [2]bool{true}, map[string]int{"z": 1, "a": 2})
	for i, s := range items {
		fmt.Printf("%2d %s\n", i, s)
	}
	p := Props{
		"name":   "sensor",
		"count":  12,
		"ratio":  0.75,
		"origin": Point{0, 0},
		"tags":   []string{"a", "b"},
		"temp":   Temp(21),
	}
	for _, k := range keys(p) {
		fmt.Printf("%-6s %-14T %v\n", k, p[k], p[k])
	}
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprint(&sb, i, "-", Point{i, -i}, ";")
	}
	fmt.Println(sb.String())
	var anyNil any
	var ptrNil *Point
	var boxedNil any = ptrNil
	fmt.Println(anyNil == nil, boxedNil == nil, boxedNil)
	eq := []any{1, 1.0, "1", Point{1, 1}, Point{1, 1}}
	fmt.Println(eq[0] == eq[1], eq[3] == eq[4], eq[0] == box(1))
}

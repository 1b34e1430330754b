package main

import (
	"fmt"
	"strconv"
)

type Point struct{ X, Y int16 }
type Celsius float32
type Flag bool

func describe(vals []any) []string {
	out := make([]string, 0, len(vals))
	for _, v := range vals {
		var s string
		switch x := v.(type) {
		case nil:
			s = "nil"
		case int:
			s = "int " + strconv.Itoa(x)
		case uint8:
			s = "byte " + strconv.Itoa(int(x))
		case string:
			s = "string " + strconv.Quote(x)
		case Point:
			s = fmt.Sprintf("point %d,%d", x.X, x.Y)
		case *Point:
			s = fmt.Sprintf("*point %d,%d", x.X, x.Y)
		case Celsius:
			s = fmt.Sprintf("temp %.1fC", float32(x))
		case Flag:
			s = fmt.Sprintf("flag %t", bool(x))
		case []int:
			s = fmt.Sprintf("ints len %d", len(x))
		case error:
			s = "error " + x.Error()
		default:
			s = fmt.Sprintf("other %T", x)
		}
		out = append(out, s)
	}
	return out
}

func box(n int) []any {
	vals := make([]any, 0, n)
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			vals = append(vals, i)
		case 1:
			vals = append(vals, uint8(i))
		case 2:
			vals = append(vals, strconv.Itoa(i))
		case 3:
			vals = append(vals, Point{int16(i), int16(-i)})
		}
	}
	return vals
}

func main() {
	p := &Point{1, 2}
	vals := []any{nil, 7, uint8(200), "go", Point{3, 4}, p, Celsius(21.5), Flag(true), []int{1, 2, 3}, fmt.Errorf("bad %d", 9), 3.5}
	for i, s := range describe(vals) {
		fmt.Printf("%2d %s\n", i, s)
	}
	p.X = 100
	fmt.Println(describe(vals[5:6]), vals[4] == Point{3, 4}, vals[1] == 7)
	bs := box(10)
	sum := 0
	for _, v := range bs {
		switch x := v.(type) {
		case int:
			sum += x
		case uint8:
			sum += int(x)
		case Point:
			sum += int(x.X)
		}
	}
	fmt.Println(len(bs), sum, fmt.Sprint(bs...))
	m := map[any]int{}
	for _, v := range []any{1, "1", Point{1, 1}, Flag(true), 1, Point{1, 1}} {
		m[v]++
	}
	fmt.Println(len(m), m[1], m[Point{1, 1}], m["1"])
}

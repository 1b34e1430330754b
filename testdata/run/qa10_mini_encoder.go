// A small JSON-like encoder over interface{} values: a type switch,
// recursion into maps (sorted keys) and slices, writing to bytes.Buffer.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
)

type Marshaler interface {
	MarshalText() string
}

type Point struct{ X, Y int }

func (p Point) MarshalText() string { return fmt.Sprintf("\"%d,%d\"", p.X, p.Y) }

type encoder struct {
	buf   bytes.Buffer
	depth int
	nodes int
}

func (e *encoder) value(v interface{}) {
	e.nodes++
	switch x := v.(type) {
	case nil:
		e.buf.WriteString("null")
	case bool:
		e.buf.WriteString(strconv.FormatBool(x))
	case int:
		e.buf.WriteString(strconv.Itoa(x))
	case float64:
		e.buf.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		e.buf.WriteString(strconv.Quote(x))
	case Marshaler:
		e.buf.WriteString(x.MarshalText())
	case []interface{}:
		e.buf.WriteByte('[')
		for i, el := range x {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			e.value(el)
		}
		e.buf.WriteByte(']')
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		e.buf.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			e.buf.WriteString(strconv.Quote(k))
			e.buf.WriteByte(':')
			e.value(x[k])
		}
		e.buf.WriteByte('}')
	default:
		e.buf.WriteString(strconv.Quote(fmt.Sprintf("%T", x)))
	}
}

func Encode(v interface{}) (string, int) {
	var e encoder
	e.value(v)
	return e.buf.String(), e.nodes
}

func main() {
	doc := map[string]interface{}{
		"name":    "gosub",
		"version": 1.19,
		"tags":    []interface{}{"go", "c", 3, true, nil},
		"origin":  Point{1, -2},
		"nested": map[string]interface{}{
			"empty": []interface{}{},
			"deep":  map[string]interface{}{"x": 1},
		},
		"weird": struct{ A int }{5},
		"ptr":   &Point{3, 4},
	}
	s, n := Encode(doc)
	fmt.Println(s)
	fmt.Println(n, len(s))
	for _, v := range []interface{}{42, "q\"uote", 1e21, 0.1, []interface{}{Point{}}} {
		s, _ := Encode(v)
		fmt.Println(s)
	}
}

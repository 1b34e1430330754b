// A JSON-ish pretty printer over map[string]interface{} / []interface{}
// values, the kind of thing a blog post on type switches builds up to:
// sorted keys, indentation, quoting, and a tiny path query.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type Object = map[string]interface{}
type Array = []interface{}

type printer struct {
	b      strings.Builder
	indent string
	depth  int
	nodes  int
}

func (p *printer) newline() {
	p.b.WriteByte('\n')
	for i := 0; i < p.depth; i++ {
		p.b.WriteString(p.indent)
	}
}

func (p *printer) value(v interface{}) {
	p.nodes++
	switch x := v.(type) {
	case nil:
		p.b.WriteString("null")
	case bool:
		p.b.WriteString(strconv.FormatBool(x))
	case int:
		p.b.WriteString(strconv.Itoa(x))
	case float64:
		if math.IsInf(x, 0) || math.IsNaN(x) {
			p.b.WriteString("null")
		} else {
			p.b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
		}
	case string:
		p.b.WriteString(strconv.Quote(x))
	case Array:
		if len(x) == 0 {
			p.b.WriteString("[]")
			return
		}
		p.b.WriteByte('[')
		p.depth++
		for i, e := range x {
			if i > 0 {
				p.b.WriteByte(',')
			}
			p.newline()
			p.value(e)
		}
		p.depth--
		p.newline()
		p.b.WriteByte(']')
	case Object:
		if len(x) == 0 {
			p.b.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		p.b.WriteByte('{')
		p.depth++
		for i, k := range keys {
			if i > 0 {
				p.b.WriteByte(',')
			}
			p.newline()
			p.b.WriteString(strconv.Quote(k))
			p.b.WriteString(": ")
			p.value(x[k])
		}
		p.depth--
		p.newline()
		p.b.WriteByte('}')
	case fmt.Stringer:
		p.b.WriteString(strconv.Quote(x.String()))
	case error:
		p.b.WriteString(strconv.Quote("error: " + x.Error()))
	default:
		fmt.Fprintf(&p.b, "\"<%T %v>\"", x, x)
	}
}

func Pretty(v interface{}, indent string) (string, int) {
	p := &printer{indent: indent}
	p.value(v)
	return p.b.String(), p.nodes
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

var ErrPath = errors.New("bad path")

// Query walks a dotted path such as "servers.1.ports.0".
func Query(v interface{}, path string) (interface{}, error) {
	if path == "" {
		return v, nil
	}
	for _, part := range strings.Split(path, ".") {
		switch x := v.(type) {
		case Object:
			next, ok := x[part]
			if !ok {
				return nil, fmt.Errorf("key %q: %w", part, ErrPath)
			}
			v = next
		case Array:
			i, err := strconv.Atoi(part)
			if err != nil {
				return nil, fmt.Errorf("index %q: %w", part, err)
			}
			if i < 0 || i >= len(x) {
				return nil, fmt.Errorf("index %d out of %d: %w", i, len(x), ErrPath)
			}
			v = x[i]
		default:
			return nil, fmt.Errorf("%T has no field %q: %w", v, part, ErrPath)
		}
	}
	return v, nil
}

func count(v interface{}) (objects, arrays, leaves int) {
	switch x := v.(type) {
	case Object:
		objects++
		for _, e := range x {
			o, a, l := count(e)
			objects, arrays, leaves = objects+o, arrays+a, leaves+l
		}
	case Array:
		arrays++
		for _, e := range x {
			o, a, l := count(e)
			objects, arrays, leaves = objects+o, arrays+a, leaves+l
		}
	default:
		leaves++
	}
	return
}

func main() {
	doc := Object{
		"name":    "cluster-α",
		"version": 3,
		"ratio":   0.75,
		"enabled": true,
		"owner":   nil,
		"temp":    Celsius(21.5),
		"err":     errors.New("disk \"sdb\" degraded"),
		"servers": Array{
			Object{"host": "a.example", "ports": Array{80, 443}, "load": 1e-3},
			Object{"host": "b.example", "ports": Array{}, "tags": Object{}},
			Object{"host": "c\texample", "ports": Array{8080}, "weird": []int{1, 2}},
		},
		"limits": Object{"cpu": 2.5, "mem": 1 << 30, "inf": math.Inf(1)},
	}
	s, n := Pretty(doc, "  ")
	fmt.Println(s)
	fmt.Println("nodes:", n)
	o, a, l := count(doc)
	fmt.Printf("objects=%d arrays=%d leaves=%d\n", o, a, l)

	for _, q := range []string{"", "name", "servers.0.ports.1", "servers.2.host", "servers.1.tags", "servers.3", "limits.cpu.x", "servers.x", "missing"} {
		v, err := Query(doc, q)
		if err != nil {
			fmt.Printf("%-20q error: %v (bad path: %v)\n", q, err, errors.Is(err, ErrPath))
			continue
		}
		if q == "" {
			fmt.Printf("%-20q root with %d keys\n", q, len(v.(Object)))
			continue
		}
		short, _ := Pretty(v, "")
		fmt.Printf("%-20q %T %s\n", q, v, strings.ReplaceAll(short, "\n", " "))
	}
	compact, _ := Pretty(Array{1, "two", 3.0, Array{nil, false}}, "")
	fmt.Println(strings.ReplaceAll(compact, "\n", ""))
	fmt.Println(Array{1, "two", 3.0, Array{nil, false}}, len(doc))
}

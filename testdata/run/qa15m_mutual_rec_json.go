package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

func encode(b *strings.Builder, v Value) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case string:
		b.WriteString(strconv.Quote(x))
	case []Value:
		encodeList(b, x)
	case map[string]Value:
		encodeObject(b, x)
	default:
		fmt.Fprintf(b, "%q", fmt.Sprint(x))
	}
}

func encodeList(b *strings.Builder, xs []Value) {
	b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(',')
		}
		encode(b, x)
	}
	b.WriteByte(']')
}

func encodeObject(b *strings.Builder, m map[string]Value) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Quote(k))
		b.WriteByte(':')
		encode(b, m[k])
	}
	b.WriteByte('}')
}

type decoder struct {
	s string
	i int
}

func (d *decoder) value() Value {
	d.ws()
	switch c := d.s[d.i]; {
	case c == '[':
		return d.list()
	case c == '{':
		return d.object()
	case c == '"':
		return d.str()
	case c == 'n':
		d.i += 4
		return nil
	case c == 't' || c == 'f':
		v := c == 't'
		if v {
			d.i += 4
		} else {
			d.i += 5
		}
		return v
	default:
		j := d.i
		for d.i < len(d.s) && (d.s[d.i] == '-' || d.s[d.i] >= '0' && d.s[d.i] <= '9') {
			d.i++
		}
		n, _ := strconv.Atoi(d.s[j:d.i])
		return n
	}
}

func (d *decoder) ws() {
	for d.i < len(d.s) && d.s[d.i] == ' ' {
		d.i++
	}
}

func (d *decoder) str() string {
	j := strings.IndexByte(d.s[d.i+1:], '"')
	s := d.s[d.i+1 : d.i+1+j]
	d.i += j + 2
	return s
}

func (d *decoder) list() []Value {
	d.i++
	var out []Value
	for d.ws(); d.s[d.i] != ']'; d.ws() {
		out = append(out, d.value())
		d.ws()
		if d.s[d.i] == ',' {
			d.i++
		}
	}
	d.i++
	return out
}

func (d *decoder) object() map[string]Value {
	d.i++
	m := map[string]Value{}
	for d.ws(); d.s[d.i] != '}'; d.ws() {
		k := d.str()
		d.ws()
		d.i++ // ':'
		m[k] = d.value()
		d.ws()
		if d.s[d.i] == ',' {
			d.i++
		}
	}
	d.i++
	return m
}

func main() {
	doc := map[string]Value{
		"name":  "gosub",
		"ok":    true,
		"sizes": []Value{1, 22, -3},
		"nested": map[string]Value{
			"empty": []Value{},
			"nil":   nil,
			"deep":  []Value{map[string]Value{"x": "y"}},
		},
		"float": 2.5,
	}
	var b strings.Builder
	encode(&b, doc)
	out := b.String()
	fmt.Println(out)
	d := &decoder{s: out}
	back := d.value()
	var b2 strings.Builder
	encode(&b2, back)
	fmt.Println(b2.String() == out, d.i == len(out))
	m := back.(map[string]Value)
	fmt.Println(m["sizes"].([]Value)[1], m["nested"].(map[string]Value)["deep"])
}

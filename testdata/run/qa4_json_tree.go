// A hand-written JSON reader and pretty-printer (no encoding/json): a
// byte scanner, recursive descent into map[string]interface{} and
// []interface{}, numbers via strconv.ParseFloat, strings via
// strconv.Unquote, errors with byte offsets, then queries by path and a
// canonical re-encoding with sorted keys.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type decoder struct {
	src string
	pos int
}

type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

func (d *decoder) fail(format string, args ...interface{}) {
	panic(&SyntaxError{d.pos, fmt.Sprintf(format, args...)})
}

func (d *decoder) skip() {
	for d.pos < len(d.src) && strings.IndexByte(" \t\r\n", d.src[d.pos]) >= 0 {
		d.pos++
	}
}

func (d *decoder) value() interface{} {
	d.skip()
	if d.pos >= len(d.src) {
		d.fail("unexpected end of input")
	}
	switch c := d.src[d.pos]; {
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	case c == '"':
		return d.str()
	case c == 't' || c == 'f' || c == 'n':
		for _, lit := range []struct {
			text string
			v    interface{}
		}{{"true", true}, {"false", false}, {"null", nil}} {
			if strings.HasPrefix(d.src[d.pos:], lit.text) {
				d.pos += len(lit.text)
				return lit.v
			}
		}
		d.fail("invalid literal")
	case c == '-' || (c >= '0' && c <= '9'):
		start := d.pos
		for d.pos < len(d.src) && strings.IndexByte("+-0123456789.eE", d.src[d.pos]) >= 0 {
			d.pos++
		}
		f, err := strconv.ParseFloat(d.src[start:d.pos], 64)
		if err != nil {
			d.pos = start
			d.fail("bad number: %v", errors.Unwrap(err))
		}
		return f
	default:
		d.fail("unexpected character %q", c)
	}
	return nil
}

func (d *decoder) str() string {
	start := d.pos
	d.pos++
	for d.pos < len(d.src) && d.src[d.pos] != '"' {
		if d.src[d.pos] == '\\' {
			d.pos++
		}
		d.pos++
	}
	if d.pos >= len(d.src) {
		d.pos = start
		d.fail("unterminated string")
	}
	d.pos++
	s, err := strconv.Unquote(d.src[start:d.pos])
	if err != nil {
		d.pos = start
		d.fail("bad string: %v", err)
	}
	return s
}

func (d *decoder) object() map[string]interface{} {
	d.pos++
	m := map[string]interface{}{}
	d.skip()
	if d.pos < len(d.src) && d.src[d.pos] == '}' {
		d.pos++
		return m
	}
	for {
		d.skip()
		if d.pos >= len(d.src) || d.src[d.pos] != '"' {
			d.fail("expected string key")
		}
		k := d.str()
		d.skip()
		if d.pos >= len(d.src) || d.src[d.pos] != ':' {
			d.fail("expected ':' after key %q", k)
		}
		d.pos++
		m[k] = d.value()
		d.skip()
		if d.pos < len(d.src) && d.src[d.pos] == ',' {
			d.pos++
			continue
		}
		if d.pos < len(d.src) && d.src[d.pos] == '}' {
			d.pos++
			return m
		}
		d.fail("expected ',' or '}'")
	}
}

func (d *decoder) array() []interface{} {
	d.pos++
	var out []interface{}
	d.skip()
	if d.pos < len(d.src) && d.src[d.pos] == ']' {
		d.pos++
		return []interface{}{}
	}
	for {
		out = append(out, d.value())
		d.skip()
		if d.pos < len(d.src) && d.src[d.pos] == ',' {
			d.pos++
			continue
		}
		if d.pos < len(d.src) && d.src[d.pos] == ']' {
			d.pos++
			return out
		}
		d.fail("expected ',' or ']'")
	}
}

func Parse(s string) (v interface{}, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			err = se
		}
	}()
	d := &decoder{src: s}
	v = d.value()
	d.skip()
	if d.pos != len(s) {
		d.fail("trailing data")
	}
	return v, nil
}

func encode(b *strings.Builder, v interface{}, indent string, depth int) {
	pad := strings.Repeat(indent, depth)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1e15 {
			b.WriteString(strconv.FormatInt(int64(x), 10))
		} else {
			b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
		}
	case string:
		b.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(pad + indent)
			encode(b, e, indent, depth+1)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "]")
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s%s%q: ", pad, indent, k)
			encode(b, x[k], indent, depth+1)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "}")
	default:
		panic(fmt.Sprintf("unsupported type %T", v))
	}
}

func get(v interface{}, path string) (interface{}, error) {
	for _, part := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]interface{}:
			var ok bool
			if v, ok = x[part]; !ok {
				return nil, fmt.Errorf("%s: no key %q", path, part)
			}
		case []interface{}:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(x) {
				return nil, fmt.Errorf("%s: bad index %q for length %d", path, part, len(x))
			}
			v = x[i]
		default:
			return nil, fmt.Errorf("%s: cannot descend into %T", path, x)
		}
	}
	return v, nil
}

const doc = `{
  "service": "billing", "version": 3, "ratio": 0.125, "debug": false,
  "owners": ["ana", "bo\u00e9", "c\"d"],
  "limits": {"rps": 250, "burst": 1e3, "tiers": [{"name": "free", "max": 10}, {"name": "pro", "max": -1.5e-3}]},
  "notes": null, "empty": {}, "none": []
}`

func main() {
	v, err := Parse(doc)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	var b strings.Builder
	encode(&b, v, "  ", 0)
	fmt.Println(b.String())
	for _, p := range []string{"service", "owners.1", "limits.tiers.1.max", "limits.burst", "owners.9", "version.x", "nope", "notes"} {
		x, err := get(v, p)
		fmt.Printf("%-20s %-10v %T %v\n", p, x, x, err)
	}
	for _, bad := range []string{`{"a":1,}`, `[1 2]`, `{"a" 1}`, `"unterminated`, `tru`, `{"x": 1e999}`, `[1, -]`, `{"k": "\q"}`, `123 456`, ``, `@`} {
		_, err := Parse(bad)
		var se *SyntaxError
		fmt.Printf("%-16q %v (offset %d)\n", bad, err, func() int {
			if errors.As(err, &se) {
				return se.Offset
			}
			return -1
		}())
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		encode(&b, map[string]interface{}{"ch": make(chan int)}, "", 0)
	}()
}

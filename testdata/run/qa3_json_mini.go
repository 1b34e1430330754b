// A minimal JSON parser and encoder over interface{} values, the way a
// "write your own parser" blog post does it: a recursive-descent parser
// over a byte slice, values as map[string]interface{}, []interface{},
// float64, string, bool and nil, errors with byte offsets, and an encoder
// with sorted keys and indentation.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

type parser struct {
	data []byte
	pos  int
	depth int
}

func Parse(s string) (v interface{}, err error) {
	p := &parser{data: []byte(s)}
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			err = se
		}
	}()
	v = p.value()
	p.skip()
	if p.pos != len(p.data) {
		p.fail("trailing data")
	}
	return v, nil
}

func (p *parser) fail(msg string) { panic(&SyntaxError{p.pos, msg}) }

func (p *parser) skip() {
	for p.pos < len(p.data) && strings.IndexByte(" \t\r\n", p.data[p.pos]) >= 0 {
		p.pos++
	}
}

func (p *parser) value() interface{} {
	p.skip()
	if p.pos >= len(p.data) {
		p.fail("unexpected end")
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == 't' || c == 'f' || c == 'n':
		return p.literal()
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	default:
		p.fail(fmt.Sprintf("unexpected %q", c))
	}
	return nil
}

func (p *parser) object() map[string]interface{} {
	p.depth++
	if p.depth > 20 {
		p.fail("nesting too deep")
	}
	defer func() { p.depth-- }()
	m := map[string]interface{}{}
	p.pos++
	p.skip()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return m
	}
	for {
		p.skip()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			p.fail("expected string key")
		}
		k := p.str()
		p.skip()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			p.fail("expected ':'")
		}
		p.pos++
		m[k] = p.value()
		p.skip()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == '}' {
			p.pos++
			return m
		}
		p.fail("expected ',' or '}'")
	}
}

func (p *parser) array() []interface{} {
	p.pos++
	var out []interface{}
	p.skip()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return []interface{}{}
	}
	for {
		out = append(out, p.value())
		p.skip()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == ']' {
			p.pos++
			return out
		}
		p.fail("expected ',' or ']'")
	}
}

func (p *parser) str() string {
	start := p.pos
	p.pos++
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case '\\':
			p.pos += 2
		case '"':
			p.pos++
			s, err := strconv.Unquote(string(p.data[start:p.pos]))
			if err != nil {
				p.pos = start
				p.fail("bad string: " + err.Error())
			}
			return s
		default:
			p.pos++
		}
	}
	p.fail("unterminated string")
	return ""
}

func (p *parser) literal() interface{} {
	for _, lit := range []struct {
		text string
		val  interface{}
	}{{"true", true}, {"false", false}, {"null", nil}} {
		if strings.HasPrefix(string(p.data[p.pos:]), lit.text) {
			p.pos += len(lit.text)
			return lit.val
		}
	}
	p.fail("bad literal")
	return nil
}

func (p *parser) number() float64 {
	start := p.pos
	for p.pos < len(p.data) && strings.IndexByte("+-0123456789.eE", p.data[p.pos]) >= 0 {
		p.pos++
	}
	f, err := strconv.ParseFloat(string(p.data[start:p.pos]), 64)
	if err != nil {
		p.pos = start
		p.fail("bad number")
	}
	return f
}

func encode(b *strings.Builder, v interface{}, indent string) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		b.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(indent + "  ")
			encode(b, e, indent+"  ")
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "]")
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n" + indent + "  " + strconv.Quote(k) + ": ")
			encode(b, x[k], indent+"  ")
		}
		if len(keys) > 0 {
			b.WriteString("\n" + indent)
		}
		b.WriteString("}")
	default:
		panic(fmt.Sprintf("cannot encode %T", v))
	}
}

func main() {
	doc := `{"name": "gosub", "version": 1.19, "tags": ["gc", "escape", "\u00e9t\u00e9"],
	         "gc": {"percent": 100, "limit": null, "concurrent": true, "phases": []},
	         "sizes": [8, 16, 24, 32, 48, 1e3, -0.5], "empty": {}}`
	v, err := Parse(doc)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	var b strings.Builder
	encode(&b, v, "")
	fmt.Println(b.String())
	m := v.(map[string]interface{})
	gc := m["gc"].(map[string]interface{})
	fmt.Printf("%T %v %T %v %d\n", gc["percent"], gc["percent"], gc["limit"], gc["concurrent"], len(m["sizes"].([]interface{})))
	tag := m["tags"].([]interface{})[2].(string)
	fmt.Println(tag, len(tag), utf8.RuneCountInString(tag))

	bad := []string{`{"a": }`, `[1, 2`, `{"a" 1}`, `"open`, `tru`, `{"x": 1} extra`, `[1, -]`, `"\x"`,
		strings.Repeat(`{"a":`, 25) + "1" + strings.Repeat("}", 25)}
	for _, s := range bad {
		_, err := Parse(s)
		var se *SyntaxError
		fmt.Printf("%-22.22q -> %v (syntax=%v)\n", s, err, errors.As(err, &se))
	}
}

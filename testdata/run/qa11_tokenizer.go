package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
)

// A tiny JSON-ish parser producing interface{} values.

type parser struct {
	s   string
	pos int
	depth int
}

type ParseError struct {
	Offset int
	Msg    string
}

func (e *ParseError) Error() string { return "offset " + strconv.Itoa(e.Offset) + ": " + e.Msg }

var ErrTooDeep = errors.New("nesting too deep")

func (p *parser) fail(format string, args ...interface{}) error {
	return &ParseError{p.pos, fmt.Sprintf(format, args...)}
}

func (p *parser) skip() {
	for p.pos < len(p.s) && unicode.IsSpace(rune(p.s[p.pos])) {
		p.pos++
	}
}

func (p *parser) peek() byte {
	p.skip()
	if p.pos >= len(p.s) {
		return 0
	}
	return p.s[p.pos]
}

func (p *parser) expect(c byte) error {
	if p.peek() != c {
		return p.fail("expected %q", c)
	}
	p.pos++
	return nil
}

func (p *parser) value() (interface{}, error) {
	switch c := p.peek(); {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return true, nil
	case strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return false, nil
	case strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return nil, nil
	case c == 0:
		return nil, p.fail("unexpected end")
	default:
		return nil, p.fail("unexpected %q", c)
	}
}

func (p *parser) enter() error {
	p.depth++
	if p.depth > 5 {
		return fmt.Errorf("at %d: %w", p.pos, ErrTooDeep)
	}
	return nil
}

func (p *parser) object() (map[string]interface{}, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	p.pos++
	m := map[string]interface{}{}
	if p.peek() == '}' {
		p.pos++
		return m, nil
	}
	for {
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		if err := p.expect(':'); err != nil {
			return nil, err
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		m[k] = v
		switch p.peek() {
		case ',':
			p.pos++
		case '}':
			p.pos++
			return m, nil
		default:
			return nil, p.fail("expected , or }")
		}
	}
}

func (p *parser) array() ([]interface{}, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	p.pos++
	var out []interface{}
	if p.peek() == ']' {
		p.pos++
		return []interface{}{}, nil
	}
	for {
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		out = append(out, v)
		switch p.peek() {
		case ',':
			p.pos++
		case ']':
			p.pos++
			return out, nil
		default:
			return nil, p.fail("expected , or ]")
		}
	}
}

func (p *parser) str() (string, error) {
	if p.peek() != '"' {
		return "", p.fail("expected string")
	}
	p.pos++
	var b strings.Builder
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		switch {
		case c == '"':
			p.pos++
			return b.String(), nil
		case c == '\\' && p.pos+1 < len(p.s):
			p.pos++
			switch e := p.s[p.pos]; e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'u':
				if p.pos+4 >= len(p.s) {
					return "", p.fail("short escape")
				}
				r, err := strconv.ParseUint(p.s[p.pos+1:p.pos+5], 16, 32)
				if err != nil {
					return "", p.fail("bad escape: %v", err)
				}
				b.WriteRune(rune(r))
				p.pos += 4
			default:
				b.WriteByte(e)
			}
			p.pos++
		default:
			b.WriteByte(c)
			p.pos++
		}
	}
	return "", p.fail("unterminated string")
}

func (p *parser) number() (float64, error) {
	start := p.pos
	for p.pos < len(p.s) && strings.IndexByte("+-0123456789.eE", p.s[p.pos]) >= 0 {
		p.pos++
	}
	f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
	if err != nil {
		return 0, &ParseError{start, err.Error()}
	}
	return f, nil
}

func Parse(s string) (interface{}, error) {
	p := &parser{s: s}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	if p.peek() != 0 {
		return nil, p.fail("trailing data")
	}
	return v, nil
}

func render(v interface{}, sb *strings.Builder) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []interface{}:
		sb.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				sb.WriteByte(',')
			}
			render(e, sb)
		}
		sb.WriteByte(']')
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		for i := 1; i < len(keys); i++ {
			for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
			}
		}
		sb.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(strconv.Quote(k) + ":")
			render(x[k], sb)
		}
		sb.WriteByte('}')
	default:
		fmt.Fprintf(sb, "?%T", x)
	}
}

func main() {
	inputs := []string{
		`{"name": "gosub", "tags": ["c", "go"], "version": 1.19, "ok": true, "nil": null}`,
		`[1, -2.5e3, "a\nb", "\u00e9\u4e16", [], {}]`,
		`{"a": {"b": {"c": {"d": {"e": {"f": 1}}}}}}`,
		`{"a" 1}`,
		`[1, 2,`,
		`"unterminated`,
		`[1e999]`,
		`{"x": [true, false, null]} extra`,
	}
	bad := 0
	for _, in := range inputs {
		v, err := Parse(in)
		var pe *ParseError
		switch {
		case errors.Is(err, ErrTooDeep):
			fmt.Println("too deep:", err)
			bad++
		case errors.As(err, &pe):
			fmt.Printf("parse error at %d: %s\n", pe.Offset, pe.Msg)
			bad++
		case err != nil:
			fmt.Println("other:", err)
		default:
			var sb strings.Builder
			render(v, &sb)
			fmt.Println(sb.String())
		}
	}
	if bad > 0 {
		fmt.Fprintf(os.Stderr, "%d bad inputs\n", bad)
		defer os.Exit(1)
	}
	fmt.Println("done")
}

// A parser for "key=value;key=value" records whose scratch state comes from
// a sync.Pool; parsed records are returned as values, buffers go back.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type field struct {
	key, val string
}

type parser struct {
	buf    bytes.Buffer
	fields []field
	line   int
}

var parserPool = sync.Pool{
	New: func() any {
		created++
		return &parser{fields: make([]field, 0, 8)}
	},
}

var created int

var errEmptyKey = errors.New("empty key")

type syntaxError struct {
	line int
	col  int
	msg  string
}

func (e *syntaxError) Error() string {
	return "line " + strconv.Itoa(e.line) + ":" + strconv.Itoa(e.col) + ": " + e.msg
}

func getParser(line int) *parser {
	p := parserPool.Get().(*parser)
	p.line = line
	return p
}

func putParser(p *parser) {
	p.buf.Reset()
	p.fields = p.fields[:0]
	parserPool.Put(p)
}

func (p *parser) parse(rec string) error {
	var key string
	inVal := false
	for i := 0; i < len(rec); i++ {
		ch := rec[i]
		switch {
		case ch == '=' && !inVal:
			key = p.buf.String()
			if key == "" {
				return fmt.Errorf("line %d: %w", p.line, errEmptyKey)
			}
			p.buf.Reset()
			inVal = true
		case ch == ';':
			if !inVal {
				return &syntaxError{p.line, i + 1, "missing '='"}
			}
			p.fields = append(p.fields, field{key, p.buf.String()})
			p.buf.Reset()
			inVal = false
		default:
			p.buf.WriteByte(ch)
		}
	}
	if inVal {
		p.fields = append(p.fields, field{key, p.buf.String()})
	} else if p.buf.Len() > 0 {
		return &syntaxError{p.line, len(rec), "dangling " + strconv.Quote(p.buf.String())}
	}
	return nil
}

type Record map[string]string

func parseAll(lines []string) ([]Record, []error) {
	var recs []Record
	var errs []error
	for i, l := range lines {
		p := getParser(i + 1)
		if err := p.parse(l); err != nil {
			errs = append(errs, err)
			putParser(p)
			continue
		}
		r := make(Record, len(p.fields))
		for _, f := range p.fields {
			r[f.key] = f.val
		}
		recs = append(recs, r)
		putParser(p)
	}
	return recs, errs
}

func main() {
	lines := []string{
		"name=ada;lang=go;year=2009",
		"name=bob;lang=c",
		"=oops;x=1",
		"name=cy;broken",
		"a=1;b=2;c=3;d=4;e=5;f=6;g=7;h=8;i=9",
		"trailing",
		"",
	}
	recs, errs := parseAll(lines)
	for i, r := range recs {
		fmt.Printf("rec %d: name=%q lang=%q fields=%d\n", i, r["name"], r["lang"], len(r))
	}
	for _, e := range errs {
		var se *syntaxError
		switch {
		case errors.Is(e, errEmptyKey):
			fmt.Println("empty key error:", e)
		case errors.As(e, &se):
			fmt.Println("syntax error at col", se.col, "->", se)
		default:
			fmt.Println("other:", e)
		}
	}
	fmt.Println("parsers created >= 1:", created >= 1)
	total := 0
	for _, r := range recs {
		if v, ok := r["i"]; ok {
			n, _ := strconv.Atoi(v)
			total += n
		}
	}
	fmt.Println("total i:", total)
}

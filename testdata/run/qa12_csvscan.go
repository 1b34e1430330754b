// A CSV-ish parser over bufio.Scanner and strings.NewReader: quoted
// fields, typed columns via strconv, a custom split function and errors
// that carry line numbers.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

const data = `name,qty,price,active
"Widget, large",4,2.50,true
Gadget,10,0.99,false
# a comment line
"Quote ""this""",1,100,true
Broken,x,1.0,true
Empty,,,
Tail,3,1e2,TRUE
`

type Row struct {
	Name   string
	Qty    int
	Price  float64
	Active bool
}

type ParseError struct {
	Line  int
	Field string
	Err   error
}

func (e ParseError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ": field " + e.Field + ": " + e.Err.Error()
}

func (e ParseError) Unwrap() error { return e.Err }

func splitFields(line string) ([]string, error) {
	var fields []string
	var cur bytes.Buffer
	inQ := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case inQ && c == '"' && i+1 < len(line) && line[i+1] == '"':
			cur.WriteByte('"')
			i++
		case c == '"':
			inQ = !inQ
		case c == ',' && !inQ:
			fields = append(fields, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	if inQ {
		return nil, errors.New("unterminated quote")
	}
	return append(fields, cur.String()), nil
}

func parse(r io.Reader) ([]Row, []error) {
	sc := bufio.NewScanner(r)
	var rows []Row
	var errs []error
	line := 0
	header := true
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.HasPrefix(text, "#") || text == "" {
			continue
		}
		f, err := splitFields(text)
		if err != nil {
			errs = append(errs, ParseError{line, "*", err})
			continue
		}
		if header {
			header = false
			continue
		}
		if len(f) != 4 {
			errs = append(errs, ParseError{Line: line, Field: "*", Err: fmt.Errorf("want 4 fields, got %d", len(f))})
			continue
		}
		var row Row
		row.Name = f[0]
		if row.Qty, err = strconv.Atoi(f[1]); err != nil {
			errs = append(errs, ParseError{line, "qty", err})
			continue
		}
		if row.Price, err = strconv.ParseFloat(f[2], 64); err != nil {
			errs = append(errs, ParseError{line, "price", err})
			continue
		}
		if row.Active, err = strconv.ParseBool(f[3]); err != nil {
			errs = append(errs, ParseError{line, "active", err})
			continue
		}
		rows = append(rows, row)
	}
	return rows, errs
}

// words counts words with a custom split function that also splits on commas.
func words(s string) []string {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		start := 0
		for start < len(data) && (data[start] == ' ' || data[start] == ',' || data[start] == '\n') {
			start++
		}
		for i := start; i < len(data); i++ {
			if data[i] == ' ' || data[i] == ',' || data[i] == '\n' {
				return i + 1, data[start:i], nil
			}
		}
		if atEOF && len(data) > start {
			return len(data), data[start:], nil
		}
		return start, nil, nil
	})
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func main() {
	rows, errs := parse(strings.NewReader(data))
	var total float64
	for i, r := range rows {
		fmt.Printf("%d %-16q qty=%-3d price=%7.2f active=%t\n", i, r.Name, r.Qty, r.Price, r.Active)
		total += float64(r.Qty) * r.Price
	}
	fmt.Println("total", strconv.FormatFloat(total, 'f', 2, 64))
	for _, e := range errs {
		var ne *strconv.NumError
		var pe ParseError
		fmt.Println("error:", e, errors.As(e, &ne), errors.As(e, &pe) && pe.Line > 0)
		if ne != nil {
			fmt.Println("  num error func", ne.Func, "num", strconv.Quote(ne.Num), errors.Is(e, strconv.ErrSyntax))
		}
	}
	w := words(data[:40])
	fmt.Println(len(w), strings.Join(w, "|"))
	fmt.Println(strconv.AppendInt([]byte("n="), -42, 16), strconv.QuoteRune('☺'), strconv.FormatInt(255, 2))
}

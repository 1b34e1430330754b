package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	NUM Kind = iota
	OP
	LP
	RP
)

type Token struct {
	Kind Kind
	Text string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j]})
			i = j
		case strings.ContainsRune("+-*/", c):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LP, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RP, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

type Parser struct {
	toks []Token
	pos  int
}

var ErrDivZero = errors.New("division by zero")

func (p *Parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *Parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil {
		t := p.peek()
		if t == nil || t.Kind != OP || (t.Text != "+" && t.Text != "-") {
			break
		}
		p.pos++
		var r float64
		r, err = p.term()
		if t.Text == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, err
}

func (p *Parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil {
		t := p.peek()
		if t == nil || t.Kind != OP || (t.Text != "*" && t.Text != "/") {
			break
		}
		p.pos++
		var r float64
		if r, err = p.factor(); err != nil {
			break
		}
		if t.Text == "*" {
			v *= r
		} else if r == 0 {
			err = ErrDivZero
		} else {
			v /= r
		}
	}
	return v, err
}

func (p *Parser) factor() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, errors.New("unexpected end")
	}
	p.pos++
	switch t.Kind {
	case NUM:
		return strconv.ParseFloat(t.Text, 64)
	case LP:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if nt := p.peek(); nt == nil || nt.Kind != RP {
			return 0, errors.New("missing )")
		}
		p.pos++
		return v, nil
	case OP:
		if t.Text == "-" {
			v, err := p.factor()
			return -v, err
		}
	}
	return 0, fmt.Errorf("unexpected token %q", t.Text)
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos != len(toks) {
		err = fmt.Errorf("trailing tokens from %d", p.pos)
	}
	return v, err
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2.5 * 4) + 1", "1 / 0", "2 * (3 + ", "4 $ 2", "1.2.3 + 1", "8 / 2 / 2", "3 3"} {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-16s error: %v (div0=%v)\n", e, err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Printf("%-16s = %g\n", e, v)
	}
}

// A tokenizer and expression evaluator: a scanner struct walked by
// pointer, tokens kept in a slice of values, an AST of interface nodes
// built with constructors, and a recursive evaluator with error results.
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
	LPAREN
	RPAREN
)

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

type scanner struct {
	src string
	pos int
}

func (s *scanner) next() (Token, bool) {
	for s.pos < len(s.src) && s.src[s.pos] == ' ' {
		s.pos++
	}
	if s.pos >= len(s.src) {
		return Token{}, false
	}
	start := s.pos
	c := rune(s.src[s.pos])
	switch {
	case unicode.IsDigit(c):
		for s.pos < len(s.src) && unicode.IsDigit(rune(s.src[s.pos])) {
			s.pos++
		}
		return Token{NUM, s.src[start:s.pos], start}, true
	case c == '(':
		s.pos++
		return Token{LPAREN, "(", start}, true
	case c == ')':
		s.pos++
		return Token{RPAREN, ")", start}, true
	}
	s.pos++
	return Token{OP, string(c), start}, true
}

func tokenize(src string) []Token {
	s := &scanner{src: src}
	var toks []Token
	for {
		t, ok := s.next()
		if !ok {
			return toks
		}
		toks = append(toks, t)
	}
}

type Expr interface {
	Eval() (int, error)
}

type Num struct{ V int }
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval() (int, error) { return n.V, nil }

var ErrDivZero = errors.New("division by zero")

func (b *Bin) Eval() (int, error) {
	l, err := b.L.Eval()
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval()
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("unknown operator %q", b.Op)
}

type parser struct {
	toks []Token
	i    int
}

func (p *parser) primary() (Expr, error) {
	if p.i >= len(p.toks) {
		return nil, errors.New("unexpected end")
	}
	t := p.toks[p.i]
	p.i++
	switch t.Kind {
	case NUM:
		v, err := strconv.Atoi(t.Text)
		if err != nil {
			return nil, err
		}
		return Num{v}, nil
	case LPAREN:
		e, err := p.expr()
		if err != nil {
			return nil, err
		}
		p.i++
		return e, nil
	}
	return nil, fmt.Errorf("unexpected %q at %d", t.Text, t.Pos)
}

func (p *parser) expr() (Expr, error) {
	left, err := p.primary()
	if err != nil {
		return nil, err
	}
	for p.i < len(p.toks) && p.toks[p.i].Kind == OP {
		op := p.toks[p.i].Text[0]
		p.i++
		right, err := p.primary()
		if err != nil {
			return nil, err
		}
		left = &Bin{Op: op, L: left, R: right}
	}
	return left, nil
}

func eval(src string) string {
	p := parser{toks: tokenize(src)}
	e, err := p.expr()
	if err != nil {
		return "parse error: " + err.Error()
	}
	v, err := e.Eval()
	if err != nil {
		return "eval error: " + err.Error()
	}
	return strconv.Itoa(v)
}

func main() {
	for _, src := range []string{"1 + 2 * 3", "(4 + 5) * (2 - 7)", "8 / (3 - 3)", "2 +", "7 % 2", "12 * ) 3"} {
		fmt.Printf("%-20s => %s\n", src, eval(src))
	}
	var kinds []string
	for _, t := range tokenize("(1+22)") {
		kinds = append(kinds, strconv.Itoa(int(t.Kind)))
	}
	fmt.Println(strings.Join(kinds, ","))
}

package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Token struct {
	Kind string
	Text string
	Pos  int
}

type Lexer struct {
	src    string
	pos    int
	tokens []Token
	errs   *[]string
}

func NewLexer(src string, errs *[]string) *Lexer {
	return &Lexer{src: src, errs: errs}
}

func (l *Lexer) emit(kind string, start int) {
	l.tokens = append(l.tokens, Token{kind, l.src[start:l.pos], start})
}

func (l *Lexer) errorf(format string, args ...any) {
	*l.errs = append(*l.errs, fmt.Sprintf("%d: ", l.pos)+fmt.Sprintf(format, args...))
}

func (l *Lexer) Run() []Token {
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		start := l.pos
		switch {
		case c == ' ':
			l.pos++
		case c >= '0' && c <= '9':
			for l.pos < len(l.src) && l.src[l.pos] >= '0' && l.src[l.pos] <= '9' {
				l.pos++
			}
			l.emit("num", start)
		case strings.IndexByte("+-*/()", c) >= 0:
			l.pos++
			l.emit("op", start)
		default:
			l.errorf("unexpected %q", c)
			l.pos++
		}
	}
	return l.tokens
}

type Parser struct {
	toks []Token
	i    int
}

func (p *Parser) peek() *Token {
	if p.i < len(p.toks) {
		return &p.toks[p.i]
	}
	return nil
}

func (p *Parser) expr() int {
	v := p.term()
	for t := p.peek(); t != nil && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.i++
		if t.Text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *Parser) term() int {
	v := p.factor()
	for t := p.peek(); t != nil && (t.Text == "*" || t.Text == "/"); t = p.peek() {
		p.i++
		r := p.factor()
		if t.Text == "*" {
			v *= r
		} else if r != 0 {
			v /= r
		}
	}
	return v
}

func (p *Parser) factor() int {
	t := p.peek()
	if t == nil {
		return 0
	}
	p.i++
	if t.Text == "(" {
		v := p.expr()
		p.i++ // ')'
		return v
	}
	if t.Text == "-" {
		return -p.factor()
	}
	n, _ := strconv.Atoi(t.Text)
	return n
}

func render(toks []Token) string {
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		parts = append(parts, t.Kind+":"+t.Text)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	var errs []string
	for _, src := range []string{"1 + 2 * 3", "(1+2)*3 - -4", "10 / (5 - 5) + 7", "2 $ 3"} {
		toks := NewLexer(src, &errs).Run()
		p := &Parser{toks: toks}
		fmt.Printf("%-16q = %4d %s\n", src, p.expr(), render(toks[:min(3, len(toks))]))
	}
	fmt.Println(errs)
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

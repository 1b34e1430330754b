package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Num
	Ident
	Op
	LParen
	RParen
	Comma
)

var kindNames = map[Kind]string{EOF: "EOF", Num: "Num", Ident: "Ident", Op: "Op", LParen: "(", RParen: ")", Comma: ","}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

type Lexer struct {
	src []rune
	pos int
}

func (l *Lexer) Next() (Token, error) {
	for l.pos < len(l.src) && unicode.IsSpace(l.src[l.pos]) {
		l.pos++
	}
	if l.pos >= len(l.src) {
		return Token{EOF, "", l.pos}, nil
	}
	start := l.pos
	c := l.src[l.pos]
	switch {
	case unicode.IsDigit(c) || c == '.':
		for l.pos < len(l.src) && (unicode.IsDigit(l.src[l.pos]) || l.src[l.pos] == '.') {
			l.pos++
		}
		return Token{Num, string(l.src[start:l.pos]), start}, nil
	case unicode.IsLetter(c):
		for l.pos < len(l.src) && (unicode.IsLetter(l.src[l.pos]) || unicode.IsDigit(l.src[l.pos])) {
			l.pos++
		}
		return Token{Ident, string(l.src[start:l.pos]), start}, nil
	case strings.ContainsRune("+-*/^%", c):
		l.pos++
		return Token{Op, string(c), start}, nil
	case c == '(':
		l.pos++
		return Token{LParen, "(", start}, nil
	case c == ')':
		l.pos++
		return Token{RParen, ")", start}, nil
	case c == ',':
		l.pos++
		return Token{Comma, ",", start}, nil
	}
	return Token{}, fmt.Errorf("unexpected %q at %d", c, start)
}

type Parser struct {
	toks []Token
	i    int
	vars map[string]float64
}

func (p *Parser) peek() Token { return p.toks[p.i] }
func (p *Parser) next() Token  { t := p.toks[p.i]; p.i++; return t }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

var funcs = map[string]func(...float64) (float64, error){
	"sqrt": func(a ...float64) (float64, error) { return math.Sqrt(a[0]), nil },
	"max": func(a ...float64) (float64, error) {
		if len(a) == 0 {
			return 0, fmt.Errorf("max of nothing")
		}
		m := a[0]
		for _, v := range a[1:] {
			m = math.Max(m, v)
		}
		return m, nil
	},
	"hyp": func(a ...float64) (float64, error) {
		if len(a) != 2 {
			return 0, fmt.Errorf("hyp wants 2 args, got %d", len(a))
		}
		return math.Hypot(a[0], a[1]), nil
	},
}

func (p *Parser) expr(minPrec int) (float64, error) {
	lhs, err := p.unary()
	if err != nil {
		return 0, err
	}
	for {
		t := p.peek()
		if t.Kind != Op || prec[t.Text] < minPrec {
			return lhs, nil
		}
		p.next()
		next := prec[t.Text] + 1
		if t.Text == "^" {
			next = prec[t.Text] // right associative
		}
		rhs, err := p.expr(next)
		if err != nil {
			return 0, err
		}
		switch t.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			if rhs == 0 {
				return 0, fmt.Errorf("division by zero at %d", t.Pos)
			}
			lhs /= rhs
		case "%":
			lhs = math.Mod(lhs, rhs)
		case "^":
			lhs = math.Pow(lhs, rhs)
		}
	}
}

func (p *Parser) unary() (float64, error) {
	t := p.next()
	switch t.Kind {
	case Op:
		if t.Text == "-" {
			v, err := p.unary()
			return -v, err
		}
	case Num:
		return strconv.ParseFloat(t.Text, 64)
	case Ident:
		if p.peek().Kind == LParen {
			p.next()
			var args []float64
			for p.peek().Kind != RParen {
				v, err := p.expr(1)
				if err != nil {
					return 0, err
				}
				args = append(args, v)
				if p.peek().Kind == Comma {
					p.next()
				}
			}
			p.next()
			f, ok := funcs[t.Text]
			if !ok {
				return 0, fmt.Errorf("unknown function %s", t.Text)
			}
			return f(args...)
		}
		v, ok := p.vars[t.Text]
		if !ok {
			return 0, fmt.Errorf("unknown variable %s", t.Text)
		}
		return v, nil
	case LParen:
		v, err := p.expr(1)
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RParen {
			return 0, fmt.Errorf("missing )")
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected %v %q at %d", t.Kind, t.Text, t.Pos)
}

func Eval(src string, vars map[string]float64) (float64, error) {
	lx := &Lexer{src: []rune(src)}
	var toks []Token
	for {
		t, err := lx.Next()
		if err != nil {
			return 0, err
		}
		toks = append(toks, t)
		if t.Kind == EOF {
			break
		}
	}
	p := &Parser{toks: toks, vars: vars}
	v, err := p.expr(1)
	if err == nil && p.peek().Kind != EOF {
		err = fmt.Errorf("trailing %v at %d", p.peek().Kind, p.peek().Pos)
	}
	return v, err
}

func main() {
	vars := map[string]float64{"pi": math.Pi, "x": 3, "y1": 4}
	for _, src := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "hyp(x, y1)", "max(1, 7, 3) % 4",
		"sqrt(2) * sqrt(2)", "10 / (x - 3)", "foo(1)", "1 + $", "2 pi", "1.5.2 + 1", "hyp(1)", "pi * 2",
	} {
		v, err := Eval(src, vars)
		if err != nil {
			fmt.Printf("%-20s error: %v\n", src, err)
			continue
		}
		fmt.Printf("%-20s = %g\n", src, v)
	}
}

package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	NUM Kind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

var kindNames = [...]string{"NUM", "IDENT", "OP", "(", ")", "EOF"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func tokenize(src string) ([]Token, error) {
	toks := make([]Token, 0, len(src)/2)
	for i := 0; i < len(src); {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j], i})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && unicode.IsLetter(rune(src[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^", c):
			toks = append(toks, Token{OP, src[i : i+1], i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(src)}), nil
}

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

func (n Num) Eval(map[string]float64) float64   { return float64(n) }
func (n Num) String() string                    { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (v Var) String() string                    { return string(v) }
func (n *Neg) Eval(env map[string]float64) float64 { return -n.X.Eval(env) }
func (n *Neg) String() string                   { return "(-" + n.X.String() + ")" }
func (b *Bin) String() string                   { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }
func (b *Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	res := 1.0
	for i := 0; i < int(r); i++ {
		res *= l
	}
	return res
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

func (p *parser) expr(min int) Expr {
	lhs := p.unary()
	for {
		t := p.peek()
		pr, ok := prec[t.Text]
		if t.Kind != OP || !ok || pr < min {
			return lhs
		}
		p.next()
		next := pr + 1
		if t.Text == "^" {
			next = pr
		}
		lhs = &Bin{Op: t.Text[0], L: lhs, R: p.expr(next)}
	}
}

func (p *parser) unary() Expr {
	t := p.next()
	switch t.Kind {
	case NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(err)
		}
		return Num(f)
	case IDENT:
		return Var(t.Text)
	case OP:
		if t.Text == "-" {
			return &Neg{p.unary()}
		}
	case LPAREN:
		e := p.expr(1)
		if p.next().Kind != RPAREN {
			panic(fmt.Sprintf("missing ) at %d", p.toks[p.pos-1].Pos))
		}
		return e
	}
	panic(fmt.Sprintf("unexpected %v %q at %d", t.Kind, t.Text, t.Pos))
}

func parse(src string) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", src, r)
		}
	}()
	toks, err := tokenize(src)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	e = p.expr(1)
	if p.peek().Kind != EOF {
		panic("trailing " + p.peek().Text)
	}
	return e, nil
}

func main() {
	env := map[string]float64{"x": 3, "y": 0.5}
	for _, src := range []string{"1 + 2 * 3", "(1+2)*3", "2^3^2", "-x * (y + 1)", "x / 0", "1.2.3 + 1", "(1 + 2", "3 $ 4", "1 2", "--x"} {
		e, err := parse(src)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-14s => %-22s = %v\n", src, e, e.Eval(env))
	}
}

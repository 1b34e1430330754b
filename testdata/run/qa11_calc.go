package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokKind int

const (
	TNum TokKind = iota
	TIdent
	TOp
	TLParen
	TRParen
	TEOF
)

func (k TokKind) String() string {
	switch k {
	case TNum:
		return "num"
	case TIdent:
		return "ident"
	case TOp:
		return "op"
	case TLParen:
		return "("
	case TRParen:
		return ")"
	}
	return "eof"
}

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

type Lexer struct {
	src  string
	pos  int
	toks []Token
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func Tokenize(src string) ([]Token, error) {
	lx := &Lexer{src: src}
	for lx.pos < len(lx.src) {
		c := rune(lx.src[lx.pos])
		switch {
		case unicode.IsSpace(c):
			lx.pos++
		case unicode.IsDigit(c) || c == '.':
			start := lx.pos
			for lx.pos < len(lx.src) && (unicode.IsDigit(rune(lx.src[lx.pos])) || lx.src[lx.pos] == '.') {
				lx.pos++
			}
			lx.toks = append(lx.toks, Token{TNum, lx.src[start:lx.pos], start})
		case unicode.IsLetter(c):
			start := lx.pos
			for lx.pos < len(lx.src) && unicode.IsLetter(rune(lx.src[lx.pos])) {
				lx.pos++
			}
			lx.toks = append(lx.toks, Token{TIdent, lx.src[start:lx.pos], start})
		case strings.ContainsRune("+-*/^%", c):
			lx.toks = append(lx.toks, Token{TOp, string(c), lx.pos})
			lx.pos++
		case c == '(':
			lx.toks = append(lx.toks, Token{TLParen, "(", lx.pos})
			lx.pos++
		case c == ')':
			lx.toks = append(lx.toks, Token{TRParen, ")", lx.pos})
			lx.pos++
		default:
			return nil, &SyntaxError{lx.pos, fmt.Sprintf("unexpected %q", c)}
		}
	}
	lx.toks = append(lx.toks, Token{Kind: TEOF, Pos: len(src)})
	return lx.toks, nil
}

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Node
}
type Neg struct{ X Node }

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

var ErrUnbound = errors.New("unbound variable")
var ErrDivZero = errors.New("division by zero")

func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("%s: %w", string(v), ErrUnbound)
	}
	return x, nil
}
func (v Var) String() string { return string(v) }

func (b *BinOp) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
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
	case '%':
		if r == 0 {
			return 0, ErrDivZero
		}
		return float64(int64(l) % int64(r)), nil
	case '^':
		res := 1.0
		for i := 0; i < int(r); i++ {
			res *= l
		}
		return res, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}
func (b *BinOp) String() string { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }

func (n Neg) Eval(env map[string]float64) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n Neg) String() string { return "-" + n.X.String() }

type Parser struct {
	toks []Token
	i    int
}

func (p *Parser) peek() Token { return p.toks[p.i] }
func (p *Parser) next() Token {
	t := p.toks[p.i]
	if p.i < len(p.toks)-1 {
		p.i++
	}
	return t
}

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/", "%":
		return 2
	case "^":
		return 3
	}
	return 0
}

func (p *Parser) parseExpr(minPrec int) (Node, error) {
	lhs, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t.Kind != TOp || prec(t.Text) < minPrec {
			return lhs, nil
		}
		p.next()
		next := prec(t.Text) + 1
		if t.Text == "^" {
			next = prec(t.Text)
		}
		rhs, err := p.parseExpr(next)
		if err != nil {
			return nil, err
		}
		lhs = &BinOp{Op: t.Text[0], L: lhs, R: rhs}
	}
}

func (p *Parser) parseUnary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case TNum:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, &SyntaxError{t.Pos, err.Error()}
		}
		return Num(f), nil
	case TIdent:
		return Var(t.Text), nil
	case TOp:
		if t.Text == "-" {
			x, err := p.parseUnary()
			if err != nil {
				return nil, err
			}
			return Neg{x}, nil
		}
	case TLParen:
		e, err := p.parseExpr(1)
		if err != nil {
			return nil, err
		}
		if c := p.next(); c.Kind != TRParen {
			return nil, &SyntaxError{c.Pos, "expected )"}
		}
		return e, nil
	}
	return nil, &SyntaxError{t.Pos, "unexpected " + t.Kind.String()}
}

func Parse(src string) (Node, error) {
	toks, err := Tokenize(src)
	if err != nil {
		return nil, err
	}
	p := &Parser{toks: toks}
	n, err := p.parseExpr(1)
	if err != nil {
		return nil, err
	}
	if p.peek().Kind != TEOF {
		return nil, &SyntaxError{p.peek().Pos, "trailing input"}
	}
	return n, nil
}

func main() {
	env := map[string]float64{"x": 3, "y": 4, "pi": 3.14159}
	inputs := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-x + y * 2",
		"x * x + y * y",
		"10 / (y - 4)",
		"17 % 5 + z",
		"3 + * 4",
		"(1 + 2",
		"1.5.2 + 1",
		"pi * 2 $",
		"100 - 1 - 2 - 3",
	}
	for _, in := range inputs {
		n, err := Parse(in)
		if err != nil {
			var se *SyntaxError
			if errors.As(err, &se) {
				fmt.Printf("%-16s => parse error (pos %d): %v\n", in, se.Pos, err)
			}
			continue
		}
		v, err := n.Eval(env)
		switch {
		case errors.Is(err, ErrUnbound):
			fmt.Printf("%-16s => %s unbound: %v\n", in, n, err)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-16s => %s div0\n", in, n)
		case err != nil:
			fmt.Println("other", err)
		default:
			fmt.Printf("%-16s => %s = %g\n", in, n, v)
		}
	}
}

// A recursive-descent calculator: a tokenizer over runes, a parser that
// reports syntax errors by panicking with a typed error and recovering at
// the top, integer and float evaluation with division-by-zero as an error,
// variables, and a final unrecovered runtime error for an internal bug
// (exit status 2).
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type tokKind int

const (
	tNum tokKind = iota
	tIdent
	tOp
	tLParen
	tRParen
	tEOF
)

func (k tokKind) String() string {
	return [...]string{"number", "identifier", "operator", "'('", "')'", "end of input"}[k]
}

type token struct {
	kind tokKind
	text string
	pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func tokenize(src string) []token {
	var toks []token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.' || rs[j] == 'e') {
				j++
			}
			toks = append(toks, token{tNum, string(rs[i:j]), i})
			i = j
		case unicode.IsLetter(r) || r == '_':
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			toks = append(toks, token{tIdent, string(rs[i:j]), i})
			i = j
		case strings.ContainsRune("+-*/^%", r):
			toks = append(toks, token{tOp, string(r), i})
			i++
		case r == '(':
			toks = append(toks, token{tLParen, "(", i})
			i++
		case r == ')':
			toks = append(toks, token{tRParen, ")", i})
			i++
		default:
			panic(&SyntaxError{i, fmt.Sprintf("unexpected character %q", r)})
		}
	}
	return append(toks, token{tEOF, "", len(rs)})
}

type parser struct {
	toks []token
	pos  int
	vars map[string]float64
}

func (p *parser) peek() token { return p.toks[p.pos] }
func (p *parser) next() token  { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) expect(k tokKind) token {
	t := p.next()
	if t.kind != k {
		panic(&SyntaxError{t.pos, fmt.Sprintf("expected %v, found %v %q", k, t.kind, t.text)})
	}
	return t
}

// expr := term { ("+"|"-") term }
func (p *parser) expr() float64 {
	v := p.term()
	for p.peek().kind == tOp && (p.peek().text == "+" || p.peek().text == "-") {
		if p.next().text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

// term := power { ("*"|"/"|"%") power }
func (p *parser) term() float64 {
	v := p.power()
	for p.peek().kind == tOp && strings.Contains("*/%", p.peek().text) {
		op := p.next().text
		r := p.power()
		switch op {
		case "*":
			v *= r
		case "/", "%":
			if r == 0 {
				panic(ErrDivZero)
			}
			if op == "/" {
				v /= r
			} else {
				v = math.Mod(v, r)
			}
		}
	}
	return v
}

// power := unary [ "^" power ]
func (p *parser) power() float64 {
	b := p.unary()
	if p.peek().kind == tOp && p.peek().text == "^" {
		p.next()
		return math.Pow(b, p.power())
	}
	return b
}

func (p *parser) unary() float64 {
	if p.peek().kind == tOp && p.peek().text == "-" {
		p.next()
		return -p.unary()
	}
	return p.primary()
}

func (p *parser) primary() float64 {
	t := p.next()
	switch t.kind {
	case tNum:
		v, err := strconv.ParseFloat(t.text, 64)
		if err != nil {
			panic(&SyntaxError{t.pos, "bad number " + strconv.Quote(t.text)})
		}
		return v
	case tIdent:
		if p.peek().kind == tLParen {
			p.next()
			arg := p.expr()
			p.expect(tRParen)
			switch t.text {
			case "sqrt":
				return math.Sqrt(arg)
			case "abs":
				return math.Abs(arg)
			}
			panic(&SyntaxError{t.pos, "unknown function " + t.text})
		}
		v, ok := p.vars[t.text]
		if !ok {
			panic(&SyntaxError{t.pos, "undefined variable " + t.text})
		}
		return v
	case tLParen:
		v := p.expr()
		p.expect(tRParen)
		return v
	}
	panic(&SyntaxError{t.pos, fmt.Sprintf("unexpected %v", t.kind)})
}

func eval(src string, vars map[string]float64) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case *SyntaxError:
				err = e
			case error:
				if errors.Is(e, ErrDivZero) {
					err = fmt.Errorf("eval %q: %w", src, e)
					return
				}
				panic(r)
			default:
				panic(r)
			}
		}
	}()
	p := &parser{toks: tokenize(src), vars: vars}
	v = p.expr()
	p.expect(tEOF)
	return v, nil
}

func main() {
	vars := map[string]float64{"pi": math.Pi, "x": 4, "rate": 0.075}
	for _, src := range []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-x ^ 2",
		"10 % 4 + 7 / 2",
		"sqrt(x) * pi",
		"1000 * (1 + rate) ^ 10",
		"abs(-3.5e2)",
		"1 / (x - 4)",
		"5 % 0",
		"2 * (3 + 4",
		"2 $ 3",
		"y + 1",
		"log(10)",
		"1..2",
		"3 4",
		"",
	} {
		v, err := eval(src, vars)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-24q syntax (pos %d): %v\n", src, se.Pos, err)
		case err != nil:
			fmt.Printf("%-24q error: %v (div0: %v)\n", src, err, errors.Is(err, ErrDivZero))
		default:
			fmt.Printf("%-24q = %.6g\n", src, v)
		}
	}
	fmt.Println(tNum, tEOF, fmt.Sprintf("%d %v", tOp, tRParen))
	// An internal bug: a token kind outside the name table.
	fmt.Println(tokKind(9))
}

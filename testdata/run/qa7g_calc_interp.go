package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokKind int

const (
	NUM TokKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

func (t Token) String() string {
	return fmt.Sprintf("%d:%q@%d", t.Kind, t.Text, t.Pos)
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case c == ' ' || c == '\t':
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j], i})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j]))) {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/%^=", c):
			toks = append(toks, Token{OP, string(c), i})
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
	toks = append(toks, Token{EOF, "", len(src)})
	return toks, nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token {
	t := p.toks[p.pos]
	p.pos++
	return t
}

type evalError struct{ msg string }

func (p *Parser) fail(format string, args ...interface{}) {
	panic(evalError{fmt.Sprintf(format, args...)})
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

func (p *Parser) primary() float64 {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			p.fail("bad number %s", t.Text)
		}
		return v
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			p.fail("undefined: %s", t.Text)
		}
		return v
	case LPAREN:
		v := p.expr(1)
		if p.next().Kind != RPAREN {
			p.fail("missing )")
		}
		return v
	case OP:
		if t.Text == "-" {
			return -p.primary()
		}
	}
	p.fail("unexpected token %v", t)
	return 0
}

func (p *Parser) expr(minPrec int) float64 {
	lhs := p.primary()
	for {
		t := p.peek()
		if t.Kind != OP || prec(t.Text) < minPrec {
			return lhs
		}
		p.next()
		next := prec(t.Text) + 1
		if t.Text == "^" {
			next = prec(t.Text)
		}
		rhs := p.expr(next)
		switch t.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			lhs /= rhs
		case "%":
			lhs = float64(int(lhs) % int(rhs))
		case "^":
			r := 1.0
			for i := 0; i < int(rhs); i++ {
				r *= lhs
			}
			lhs = r
		}
	}
}

func run(line string, vars map[string]float64) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(evalError); ok {
				err = fmt.Errorf("eval: %s", e.msg)
				return
			}
			panic(r)
		}
	}()
	toks, err := tokenize(line)
	if err != nil {
		return 0, err
	}
	target := ""
	if len(toks) > 2 && toks[0].Kind == IDENT && toks[1].Text == "=" {
		target = toks[0].Text
		toks = toks[2:]
	}
	p := &Parser{toks: toks, vars: vars}
	v := p.expr(1)
	if p.peek().Kind != EOF {
		p.fail("trailing %v", p.peek())
	}
	if target != "" {
		vars[target] = v
	}
	return v, nil
}

func main() {
	vars := map[string]float64{"pi": 3.14159}
	prog := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"x = 10 / 4",
		"y = x * pi",
		"-x + y",
		"17 % 5",
		"1 / 0",
		"z + 1",
		"3 $ 4",
		"(1 + 2",
		"1 2",
		"r2d2 = 1.5.5",
	}
	for _, l := range prog {
		v, err := run(l, vars)
		if err != nil {
			fmt.Printf("%-14s => error: %v\n", l, err)
			continue
		}
		fmt.Printf("%-14s => %g\n", l, v)
	}
	toks, _ := tokenize("a+(b*2)")
	fmt.Println(toks)
	fmt.Println(vars)
}

package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Token struct {
	Kind string
	Text string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case strings.IndexByte("+-*/()%^", c) >= 0:
			toks = append(toks, Token{"op", string(c)})
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{"num", s[i:j]})
			i = j
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
				j++
			}
			toks = append(toks, Token{"id", s[i:j]})
			i = j
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *Parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *Parser) expr() float64 {
	v := p.term()
	for t := p.peek(); t != nil && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.pos++
		if t.Text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *Parser) term() float64 {
	v := p.factor()
	for t := p.peek(); t != nil && strings.Contains("*/%", t.Text) && t.Kind == "op"; t = p.peek() {
		p.pos++
		r := p.factor()
		switch t.Text {
		case "*":
			v *= r
		case "/":
			if r == 0 {
				panic("division by zero")
			}
			v /= r
		case "%":
			v = float64(int(v) % int(r))
		}
	}
	return v
}

func (p *Parser) factor() float64 {
	t := p.peek()
	if t == nil {
		panic("unexpected end")
	}
	p.pos++
	switch {
	case t.Kind == "num":
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(err)
		}
		return f
	case t.Kind == "id":
		v, ok := p.vars[t.Text]
		if !ok {
			panic(fmt.Sprintf("undefined: %s", t.Text))
		}
		return v
	case t.Text == "-":
		return -p.factor()
	case t.Text == "(":
		v := p.expr()
		if n := p.peek(); n == nil || n.Text != ")" {
			panic("missing )")
		}
		p.pos++
		return v
	}
	panic(fmt.Sprintf("unexpected %q", t.Text))
}

func eval(line string, vars map[string]float64) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", line, r)
		}
	}()
	toks, err := tokenize(line)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks, vars: vars}
	v = p.expr()
	if p.pos != len(toks) {
		return v, fmt.Errorf("trailing tokens after %d", p.pos)
	}
	return v, nil
}

func main() {
	vars := map[string]float64{"pi": 3.14159}
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		n++
		if name, rhs, ok := strings.Cut(line, "="); ok {
			v, err := eval(rhs, vars)
			if err != nil {
				fmt.Println("error:", err)
				continue
			}
			vars[strings.TrimSpace(name)] = v
			fmt.Printf("%s = %g\n", strings.TrimSpace(name), v)
			continue
		}
		v, err := eval(line, vars)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s => %.6g\n", line, v)
	}
	fmt.Println(n, "lines")
}

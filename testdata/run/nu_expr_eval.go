// An expression evaluator with interfaces, as in "Go Programming Language"
// chapter 7: Expr nodes with Eval/String/Check, a recursive-descent parser,
// variables in an Env map, and errors for unknown names and bad arity.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Env map[string]float64

type Expr interface {
	Eval(env Env) float64
	String() string
	Check(vars map[string]bool) error
}

type Var string
type literal float64

type unary struct {
	op rune
	x  Expr
}

type binary struct {
	op   rune
	x, y Expr
}

type call struct {
	fn   string
	args []Expr
}

func (v Var) Eval(env Env) float64     { return env[string(v)] }
func (l literal) Eval(_ Env) float64   { return float64(l) }
func (v Var) String() string           { return string(v) }
func (l literal) String() string       { return strconv.FormatFloat(float64(l), 'g', -1, 64) }
func (v Var) Check(vars map[string]bool) error {
	vars[string(v)] = true
	return nil
}
func (literal) Check(map[string]bool) error { return nil }

func (u unary) Eval(env Env) float64 {
	switch u.op {
	case '+':
		return +u.x.Eval(env)
	case '-':
		return -u.x.Eval(env)
	}
	panic(fmt.Sprintf("unsupported unary operator: %q", u.op))
}
func (u unary) String() string { return "(" + string(u.op) + u.x.String() + ")" }
func (u unary) Check(vars map[string]bool) error {
	if !strings.ContainsRune("+-", u.op) {
		return fmt.Errorf("unexpected unary op %q", u.op)
	}
	return u.x.Check(vars)
}

func (b binary) Eval(env Env) float64 {
	switch b.op {
	case '+':
		return b.x.Eval(env) + b.y.Eval(env)
	case '-':
		return b.x.Eval(env) - b.y.Eval(env)
	case '*':
		return b.x.Eval(env) * b.y.Eval(env)
	case '/':
		return b.x.Eval(env) / b.y.Eval(env)
	case '^':
		return math.Pow(b.x.Eval(env), b.y.Eval(env))
	}
	panic(fmt.Sprintf("unsupported binary operator: %q", b.op))
}
func (b binary) String() string {
	return "(" + b.x.String() + " " + string(b.op) + " " + b.y.String() + ")"
}
func (b binary) Check(vars map[string]bool) error {
	if !strings.ContainsRune("+-*/^", b.op) {
		return fmt.Errorf("unexpected binary op %q", b.op)
	}
	if err := b.x.Check(vars); err != nil {
		return err
	}
	return b.y.Check(vars)
}

var numParams = map[string]int{"pow": 2, "sin": 1, "sqrt": 1, "max": 2}

func (c call) Eval(env Env) float64 {
	switch c.fn {
	case "pow":
		return math.Pow(c.args[0].Eval(env), c.args[1].Eval(env))
	case "sin":
		return math.Sin(c.args[0].Eval(env))
	case "sqrt":
		return math.Sqrt(c.args[0].Eval(env))
	case "max":
		return math.Max(c.args[0].Eval(env), c.args[1].Eval(env))
	}
	panic(fmt.Sprintf("unsupported function call: %s", c.fn))
}
func (c call) String() string {
	parts := make([]string, len(c.args))
	for i, a := range c.args {
		parts[i] = a.String()
	}
	return c.fn + "(" + strings.Join(parts, ", ") + ")"
}
func (c call) Check(vars map[string]bool) error {
	arity, ok := numParams[c.fn]
	if !ok {
		return fmt.Errorf("unknown function %q", c.fn)
	}
	if len(c.args) != arity {
		return fmt.Errorf("call to %s has %d args, want %d", c.fn, len(c.args), arity)
	}
	for _, a := range c.args {
		if err := a.Check(vars); err != nil {
			return err
		}
	}
	return nil
}

// ---- parser ----

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
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
			toks = append(toks, s[i:j])
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(s) && unicode.IsLetter(rune(s[j])) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, s[i:i+1])
			i++
		}
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

func (p *parser) binary(min int) Expr {
	lhs := p.unary()
	for {
		op := p.peek()
		pr, ok := prec[op]
		if !ok || pr < min {
			return lhs
		}
		p.next()
		next := pr + 1
		if op == "^" {
			next = pr // right associative
		}
		rhs := p.binary(next)
		lhs = binary{rune(op[0]), lhs, rhs}
	}
}

func (p *parser) unary() Expr {
	if t := p.peek(); t == "-" || t == "+" {
		p.next()
		return unary{rune(t[0]), p.unary()}
	}
	return p.primary()
}

func (p *parser) primary() Expr {
	t := p.next()
	switch {
	case t == "(":
		e := p.binary(1)
		if p.next() != ")" {
			panic("expected )")
		}
		return e
	case t != "" && unicode.IsLetter(rune(t[0])):
		if p.peek() != "(" {
			return Var(t)
		}
		p.next()
		c := call{fn: t}
		for p.peek() != ")" {
			c.args = append(c.args, p.binary(1))
			if p.peek() == "," {
				p.next()
			}
		}
		p.next()
		return c
	default:
		f, err := strconv.ParseFloat(t, 64)
		if err != nil {
			panic(fmt.Sprintf("unexpected %q", t))
		}
		return literal(f)
	}
}

func Parse(s string) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	p := &parser{toks: tokenize(s)}
	e = p.binary(1)
	if p.pos != len(p.toks) {
		return nil, fmt.Errorf("parse %q: trailing %q", s, p.peek())
	}
	return e, nil
}

func main() {
	env := Env{"x": 2, "y": 3, "pi": math.Pi}
	inputs := []string{
		"1 + 2 * 3",
		"-x ^ 2",
		"2 ^ 3 ^ 2",
		"sqrt(x*x + y*y)",
		"max(x, y) / (1 - 1)",
		"sin(pi / 2) + pow(2, 10)",
		"foo(1)",
		"pow(1)",
		"(1 + 2",
		"3 $ 4",
		"1 2",
	}
	for _, in := range inputs {
		e, err := Parse(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		vars := map[string]bool{}
		if err := e.Check(vars); err != nil {
			fmt.Printf("%-26s check: %v\n", e, err)
			continue
		}
		fmt.Printf("%-26s = %-8.6g vars=%d %T\n", e, e.Eval(env), len(vars), e)
	}
	var e Expr = binary{'%', literal(1), literal(2)}
	fmt.Println(e.Check(map[string]bool{}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(e.Eval(nil))
	}()
	fmt.Printf("%v %+v\n", call{"max", []Expr{Var("a"), literal(1)}}, unary{'-', Var("z")})
}

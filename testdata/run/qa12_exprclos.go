// An expression evaluator that compiles an AST into a tree of closures.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Env map[string]float64

type Expr interface {
	Compile() (func(Env) (float64, error), error)
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

func (n Num) String() string { return fmt.Sprint(float64(n)) }
func (v Var) String() string { return string(v) }
func (b *Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}
func (c *Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

var ErrDivZero = errors.New("division by zero")

func (n Num) Compile() (func(Env) (float64, error), error) {
	v := float64(n)
	return func(Env) (float64, error) { return v, nil }, nil
}

func (v Var) Compile() (func(Env) (float64, error), error) {
	name := string(v)
	return func(e Env) (float64, error) {
		x, ok := e[name]
		if !ok {
			return 0, fmt.Errorf("undefined variable %s", name)
		}
		return x, nil
	}, nil
}

func (b *Bin) Compile() (func(Env) (float64, error), error) {
	l, err := b.L.Compile()
	if err != nil {
		return nil, err
	}
	r, err := b.R.Compile()
	if err != nil {
		return nil, err
	}
	var op func(x, y float64) (float64, error)
	switch b.Op {
	case '+':
		op = func(x, y float64) (float64, error) { return x + y, nil }
	case '-':
		op = func(x, y float64) (float64, error) { return x - y, nil }
	case '*':
		op = func(x, y float64) (float64, error) { return x * y, nil }
	case '/':
		op = func(x, y float64) (float64, error) {
			if y == 0 {
				return 0, ErrDivZero
			}
			return x / y, nil
		}
	default:
		return nil, fmt.Errorf("unknown operator %q", b.Op)
	}
	return func(e Env) (float64, error) {
		x, err := l(e)
		if err != nil {
			return 0, err
		}
		y, err := r(e)
		if err != nil {
			return 0, err
		}
		return op(x, y)
	}, nil
}

var funcs = map[string]func(...float64) float64{
	"max": func(xs ...float64) float64 {
		m := math.Inf(-1)
		for _, x := range xs {
			m = math.Max(m, x)
		}
		return m
	},
	"sum": func(xs ...float64) (s float64) {
		for _, x := range xs {
			s += x
		}
		return
	},
	"sqrt": func(xs ...float64) float64 { return math.Sqrt(xs[0]) },
}

func (c *Call) Compile() (func(Env) (float64, error), error) {
	f, ok := funcs[c.Fn]
	if !ok {
		return nil, fmt.Errorf("unknown function %s", c.Fn)
	}
	args := make([]func(Env) (float64, error), 0, len(c.Args))
	for _, a := range c.Args {
		ca, err := a.Compile()
		if err != nil {
			return nil, fmt.Errorf("in %s: %w", c.Fn, err)
		}
		args = append(args, ca)
	}
	return func(e Env) (float64, error) {
		vals := make([]float64, len(args))
		for i, a := range args {
			v, err := a(e)
			if err != nil {
				return 0, err
			}
			vals[i] = v
		}
		return f(vals...), nil
	}, nil
}

func B(op byte, l, r Expr) Expr { return &Bin{op, l, r} }

func main() {
	exprs := []Expr{
		B('+', Num(1), B('*', Var("x"), Num(3))),
		&Call{"max", []Expr{Var("x"), Var("y"), Num(2.5)}},
		B('/', Var("y"), B('-', Var("x"), Num(2))),
		&Call{"sqrt", []Expr{&Call{"sum", []Expr{Num(9), Num(16)}}}},
		B('%', Num(1), Num(2)),
		&Call{"min", nil},
		B('+', Var("z"), Num(1)),
	}
	envs := []Env{{"x": 2, "y": 7}, {"x": 4, "y": -1}}
	for _, ex := range exprs {
		fn, err := ex.Compile()
		if err != nil {
			fmt.Printf("%-28s compile error: %v\n", ex, err)
			continue
		}
		fmt.Printf("%-28s", ex.String())
		for _, env := range envs {
			v, err := fn(env)
			if err != nil {
				fmt.Printf("  err(%v, divzero=%v)", err, errors.Is(err, ErrDivZero))
				continue
			}
			fmt.Printf("  %8.3f", v)
		}
		fmt.Println()
	}
	// closures capturing loop variables: each gets its own copy (Go 1.19: shared!)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	counter := func() func() int {
		n := 0
		return func() int { n++; return n }
	}()
	counter()
	counter()
	fmt.Println("counter", counter())
}

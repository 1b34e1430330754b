package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A tiny Lisp interpreter: mutual recursion, environments, closures.

type Value interface{}

type Symbol string

type Cons struct {
	Car Value
	Cdr *Cons
}

type Builtin struct {
	Name string
	Fn   func(args []Value) (Value, error)
}

type Lambda struct {
	Params []Symbol
	Body   Value
	Env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func NewEnv(outer *Env) *Env { return &Env{vars: make(map[Symbol]Value), outer: outer} }

func (e *Env) Find(s Symbol) (*Env, bool) {
	for cur := e; cur != nil; cur = cur.outer {
		if _, ok := cur.vars[s]; ok {
			return cur, true
		}
	}
	return nil, false
}

var ErrUnbound = errors.New("unbound symbol")
var ErrArity = errors.New("wrong number of arguments")

func tokenize(src string) []string {
	src = strings.ReplaceAll(src, "(", " ( ")
	src = strings.ReplaceAll(src, ")", " ) ")
	return strings.Fields(src)
}

func parse(toks []string, pos *int) (Value, error) {
	if *pos >= len(toks) {
		return nil, errors.New("unexpected EOF")
	}
	t := toks[*pos]
	*pos++
	switch t {
	case "(":
		var items []Value
		for *pos < len(toks) && toks[*pos] != ")" {
			v, err := parse(toks, pos)
			if err != nil {
				return nil, err
			}
			items = append(items, v)
		}
		if *pos >= len(toks) {
			return nil, errors.New("missing )")
		}
		*pos++
		return list(items...), nil
	case ")":
		return nil, errors.New("unexpected )")
	}
	if n, err := strconv.ParseFloat(t, 64); err == nil {
		return n, nil
	}
	return Symbol(t), nil
}

func list(items ...Value) *Cons {
	var head *Cons
	for i := len(items) - 1; i >= 0; i-- {
		head = &Cons{items[i], head}
	}
	return head
}

func toSlice(c *Cons) []Value {
	var out []Value
	for ; c != nil; c = c.Cdr {
		out = append(out, c.Car)
	}
	return out
}

func eval(x Value, env *Env) (Value, error) {
	switch v := x.(type) {
	case Symbol:
		e, ok := env.Find(v)
		if !ok {
			return nil, fmt.Errorf("%w: %s", ErrUnbound, v)
		}
		return e.vars[v], nil
	case float64:
		return v, nil
	case *Cons:
		if v == nil {
			return v, nil
		}
		if head, ok := v.Car.(Symbol); ok {
			switch head {
			case "quote":
				return v.Cdr.Car, nil
			case "if":
				args := toSlice(v.Cdr)
				cond, err := eval(args[0], env)
				if err != nil {
					return nil, err
				}
				if truthy(cond) {
					return eval(args[1], env)
				}
				if len(args) > 2 {
					return eval(args[2], env)
				}
				return nil, nil
			case "define":
				val, err := eval(v.Cdr.Cdr.Car, env)
				if err != nil {
					return nil, err
				}
				env.vars[v.Cdr.Car.(Symbol)] = val
				return val, nil
			case "lambda":
				var params []Symbol
				for _, p := range toSlice(v.Cdr.Car.(*Cons)) {
					params = append(params, p.(Symbol))
				}
				return &Lambda{params, v.Cdr.Cdr.Car, env}, nil
			case "begin":
				var res Value
				for _, e := range toSlice(v.Cdr) {
					var err error
					if res, err = eval(e, env); err != nil {
						return nil, err
					}
				}
				return res, nil
			}
		}
		fn, err := eval(v.Car, env)
		if err != nil {
			return nil, err
		}
		var args []Value
		for _, a := range toSlice(v.Cdr) {
			av, err := eval(a, env)
			if err != nil {
				return nil, err
			}
			args = append(args, av)
		}
		return apply(fn, args)
	}
	return nil, fmt.Errorf("cannot eval %T", x)
}

func apply(fn Value, args []Value) (Value, error) {
	switch f := fn.(type) {
	case *Builtin:
		return f.Fn(args)
	case *Lambda:
		if len(args) != len(f.Params) {
			return nil, fmt.Errorf("lambda: %w (want %d, got %d)", ErrArity, len(f.Params), len(args))
		}
		env := NewEnv(f.Env)
		for i, p := range f.Params {
			env.vars[p] = args[i]
		}
		return eval(f.Body, env)
	}
	return nil, fmt.Errorf("not a function: %v", show(fn))
}

func truthy(v Value) bool {
	switch b := v.(type) {
	case nil:
		return false
	case float64:
		return b != 0
	case *Cons:
		return b != nil
	}
	return true
}

func show(v Value) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case Symbol:
		return string(x)
	case *Cons:
		parts := make([]string, 0)
		for _, e := range toSlice(x) {
			parts = append(parts, show(e))
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return fmt.Sprintf("<lambda/%d>", len(x.Params))
	case *Builtin:
		return "<builtin " + x.Name + ">"
	}
	return fmt.Sprintf("?%v", v)
}

func numeric(name string, op func(a, b float64) float64) *Builtin {
	return &Builtin{name, func(args []Value) (Value, error) {
		if len(args) < 1 {
			return nil, fmt.Errorf("%s: %w", name, ErrArity)
		}
		acc, ok := args[0].(float64)
		if !ok {
			return nil, fmt.Errorf("%s: not a number: %s", name, show(args[0]))
		}
		for _, a := range args[1:] {
			n, ok := a.(float64)
			if !ok {
				return nil, fmt.Errorf("%s: not a number: %s", name, show(a))
			}
			acc = op(acc, n)
		}
		return acc, nil
	}}
}

func globals() *Env {
	env := NewEnv(nil)
	for _, b := range []*Builtin{
		numeric("+", func(a, b float64) float64 { return a + b }),
		numeric("-", func(a, b float64) float64 { return a - b }),
		numeric("*", func(a, b float64) float64 { return a * b }),
		{"<", func(args []Value) (Value, error) {
			if args[0].(float64) < args[1].(float64) {
				return 1.0, nil
			}
			return 0.0, nil
		}},
		{"list", func(args []Value) (Value, error) { return list(args...), nil }},
		{"car", func(args []Value) (Value, error) { return args[0].(*Cons).Car, nil }},
		{"cdr", func(args []Value) (Value, error) { return args[0].(*Cons).Cdr, nil }},
	} {
		env.vars[Symbol(b.Name)] = b
	}
	return env
}

func run(src string, env *Env) (Value, error) {
	toks := tokenize(src)
	pos := 0
	var res Value
	for pos < len(toks) {
		x, err := parse(toks, &pos)
		if err != nil {
			return nil, err
		}
		if res, err = eval(x, env); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func main() {
	env := globals()
	progs := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1)))))) (fact 10)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))) (fib 15)",
		"(define make-adder (lambda (x) (lambda (y) (+ x y)))) (define add5 (make-adder 5)) (add5 37)",
		"(list 1 2 (quote (a b)) (car (list 9 8)))",
		"(cdr (list 1 2 3))",
		"(undefined 1)",
		"(fact 1 2)",
		"(+ 1 (quote x))",
		"(1 2)",
		"(begin (define x 3) (* x x x))",
		"((lambda (a b) (- a b)) 10 4)",
		"(define",
	}
	for _, p := range progs {
		v, err := run(p, env)
		switch {
		case errors.Is(err, ErrUnbound):
			fmt.Println("unbound:", err)
		case errors.Is(err, ErrArity):
			fmt.Println("arity:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Println(show(v))
		}
	}
}

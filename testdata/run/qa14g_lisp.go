package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Value interface{}

type Symbol string

type List []Value

type Builtin func(args []Value) (Value, error)

type Lambda struct {
	params []Symbol
	body   Value
	env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func NewEnv(outer *Env) *Env { return &Env{vars: map[Symbol]Value{}, outer: outer} }

func (e *Env) Find(s Symbol) (Value, bool) {
	for env := e; env != nil; env = env.outer {
		if v, ok := env.vars[s]; ok {
			return v, true
		}
	}
	return nil, false
}

func tokenize(src string) []string {
	src = strings.ReplaceAll(src, "(", " ( ")
	src = strings.ReplaceAll(src, ")", " ) ")
	return strings.Fields(src)
}

var errEOF = errors.New("unexpected end of input")

func parse(toks []string, pos int) (Value, int, error) {
	if pos >= len(toks) {
		return nil, pos, errEOF
	}
	t := toks[pos]
	switch t {
	case "(":
		var l List
		pos++
		for {
			if pos >= len(toks) {
				return nil, pos, errEOF
			}
			if toks[pos] == ")" {
				return l, pos + 1, nil
			}
			v, np, err := parse(toks, pos)
			if err != nil {
				return nil, np, err
			}
			l = append(l, v)
			pos = np
		}
	case ")":
		return nil, pos, fmt.Errorf("unexpected ) at token %d", pos)
	}
	if n, err := strconv.ParseInt(t, 10, 64); err == nil {
		return n, pos + 1, nil
	}
	return Symbol(t), pos + 1, nil
}

func eval(x Value, env *Env) (Value, error) {
	switch v := x.(type) {
	case int64:
		return v, nil
	case Symbol:
		if val, ok := env.Find(v); ok {
			return val, nil
		}
		return nil, fmt.Errorf("undefined symbol %s", v)
	case List:
		if len(v) == 0 {
			return v, nil
		}
		if head, ok := v[0].(Symbol); ok {
			switch head {
			case "if":
				c, err := eval(v[1], env)
				if err != nil {
					return nil, err
				}
				if c != int64(0) {
					return eval(v[2], env)
				}
				return eval(v[3], env)
			case "define":
				val, err := eval(v[2], env)
				if err != nil {
					return nil, err
				}
				env.vars[v[1].(Symbol)] = val
				return val, nil
			case "lambda":
				var ps []Symbol
				for _, p := range v[1].(List) {
					ps = append(ps, p.(Symbol))
				}
				return &Lambda{params: ps, body: v[2], env: env}, nil
			}
		}
		f, err := eval(v[0], env)
		if err != nil {
			return nil, err
		}
		args := make([]Value, 0, len(v)-1)
		for _, a := range v[1:] {
			av, err := eval(a, env)
			if err != nil {
				return nil, err
			}
			args = append(args, av)
		}
		switch fn := f.(type) {
		case Builtin:
			return fn(args)
		case *Lambda:
			inner := NewEnv(fn.env)
			for i, p := range fn.params {
				inner.vars[p] = args[i]
			}
			return eval(fn.body, inner)
		default:
			return nil, fmt.Errorf("not a function: %v", f)
		}
	}
	return nil, fmt.Errorf("cannot eval %T", x)
}

func arith(op func(a, b int64) int64) Builtin {
	return func(args []Value) (Value, error) {
		acc := args[0].(int64)
		for _, a := range args[1:] {
			acc = op(acc, a.(int64))
		}
		return acc, nil
	}
}

func globals() *Env {
	e := NewEnv(nil)
	e.vars["+"] = arith(func(a, b int64) int64 { return a + b })
	e.vars["-"] = arith(func(a, b int64) int64 { return a - b })
	e.vars["*"] = arith(func(a, b int64) int64 { return a * b })
	e.vars["<"] = Builtin(func(args []Value) (Value, error) {
		if args[0].(int64) < args[1].(int64) {
			return int64(1), nil
		}
		return int64(0), nil
	})
	return e
}

func main() {
	env := globals()
	progs := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 20)",
		"(define make-adder (lambda (k) (lambda (x) (+ x k))))",
		"((make-adder 5) 37)",
		"(undefined 1 2)",
		"(+ 1 (* 2 3)",
		"(1 2 3)",
		")",
	}
	for _, p := range progs {
		v, _, err := parse(tokenize(p), 0)
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		r, err := eval(v, env)
		if err != nil {
			fmt.Println("eval error:", err)
			continue
		}
		if _, ok := r.(*Lambda); ok {
			fmt.Println("=> <lambda>")
			continue
		}
		fmt.Println("=>", r)
	}
}

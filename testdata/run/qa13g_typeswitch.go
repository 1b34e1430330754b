package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type Expr interface{}

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
type Neg struct{ X Expr }

func eval(e Expr, env map[Var]float64) (float64, error) {
	switch e := e.(type) {
	case nil:
		return 0, errors.New("nil expression")
	case Num:
		return float64(e), nil
	case Var:
		v, ok := env[e]
		if !ok {
			return 0, fmt.Errorf("undefined: %s", e)
		}
		return v, nil
	case *Bin:
		l, err := eval(e.L, env)
		if err != nil {
			return 0, err
		}
		r, err := eval(e.R, env)
		if err != nil {
			return 0, err
		}
		switch e.Op {
		case '+':
			return l + r, nil
		case '-':
			return l - r, nil
		case '*':
			return l * r, nil
		case '/':
			if r == 0 {
				return 0, errors.New("division by zero")
			}
			return l / r, nil
		}
		return 0, fmt.Errorf("bad op %q", e.Op)
	case Neg:
		v, err := eval(e.X, env)
		return -v, err
	case Call:
		var sum float64
		for _, a := range e.Args {
			v, err := eval(a, env)
			if err != nil {
				return 0, fmt.Errorf("%s: %w", e.Fn, err)
			}
			sum += v
		}
		switch e.Fn {
		case "sum":
			return sum, nil
		case "avg":
			return sum / float64(len(e.Args)), nil
		}
		return 0, fmt.Errorf("unknown func %s", e.Fn)
	case int, int64:
		return 0, fmt.Errorf("raw integer %v (%T)", e, e)
	default:
		return 0, fmt.Errorf("unknown expr %T", e)
	}
}

func str(e Expr) string {
	switch e := e.(type) {
	case Num:
		return strconv.FormatFloat(float64(e), 'g', -1, 64)
	case Var:
		return string(e)
	case *Bin:
		return "(" + str(e.L) + " " + string(e.Op) + " " + str(e.R) + ")"
	case Neg:
		return "-" + str(e.X)
	case Call:
		s := e.Fn + "("
		for i, a := range e.Args {
			if i > 0 {
				s += ", "
			}
			s += str(a)
		}
		return s + ")"
	case fmt.Stringer:
		return "stringer:" + e.String()
	}
	return fmt.Sprintf("?%v", e)
}

type named struct{}

func (named) String() string { return "N" }

func kind(v interface{}) string {
	switch x := v.(type) {
	case bool, string:
		return fmt.Sprintf("bool-or-string %v", x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("ints ", len(x))
	case map[string]int:
		return fmt.Sprint("map ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	case chan int:
		return fmt.Sprint("chan ", cap(x))
	case *int:
		if x == nil {
			return "nil *int"
		}
		return fmt.Sprint("*int ", *x)
	case struct{}:
		return "empty struct"
	case io.Reader:
		return "reader"
	case nil:
		return "nil"
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	env := map[Var]float64{"x": 3, "y": 4}
	exprs := []Expr{
		Num(2),
		Var("x"),
		&Bin{'+', Var("x"), &Bin{'*', Num(2), Var("y")}},
		Neg{&Bin{'/', Var("y"), Num(0)}},
		Call{"avg", []Expr{Var("x"), Var("y"), Num(5)}},
		Call{"sum", []Expr{Var("z")}},
		Call{"max", nil},
		&Bin{'%', Num(1), Num(2)},
		nil,
		42,
		int64(7),
		named{},
		3.5,
	}
	for _, e := range exprs {
		v, err := eval(e, env)
		if err != nil {
			fmt.Printf("%-28s error: %v\n", str(e), err)
			continue
		}
		fmt.Printf("%-28s = %g\n", str(e), v)
	}
	n := 5
	var np *int
	vals := []interface{}{true, "s", errors.New("e"), named{}, []int{1, 2}, map[string]int{}, func() int { return 7 }, make(chan int, 3), &n, np, struct{}{}, nil, 1.5, [2]int{}}
	for _, v := range vals {
		fmt.Println(kind(v))
	}
}

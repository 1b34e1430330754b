// Small helpers around gc's inlining budget: accessors, tiny math, a
// function just over the budget, a recursive one, closures called at once
// and through variables, and panicking helpers.
package main

import (
	"errors"
	"fmt"
)

type Vec struct{ X, Y, Z float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y, v.Z + o.Z} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k, v.Z * k} }
func (v Vec) Dot(o Vec) float64   { return v.X*o.X + v.Y*o.Y + v.Z*o.Z }
func (v *Vec) Normalize() {
	l := v.Dot(*v)
	if l == 0 {
		return
	}
	inv := 1 / sqrt(l)
	v.X, v.Y, v.Z = v.X*inv, v.Y*inv, v.Z*inv
}

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 20; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func clamp(x, lo, hi int) int {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func bigSwitch(op string, a, b int) (int, error) {
	switch op {
	case "+":
		return a + b, nil
	case "-":
		return a - b, nil
	case "*":
		return a * b, nil
	case "/":
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	case "%":
		if b == 0 {
			return 0, errors.New("modulo by zero")
		}
		return a % b, nil
	case "max":
		if a > b {
			return a, nil
		}
		return b, nil
	case "min":
		if a < b {
			return a, nil
		}
		return b, nil
	}
	return 0, fmt.Errorf("unknown op %q", op)
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("not positive: %d", n))
	}
	return n
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	a := Vec{1, 2, 2}
	b := a.Add(Vec{1, 0, 0}).Scale(2)
	b.Normalize()
	fmt.Printf("%.3f %.3f %.3f dot=%.3f\n", b.X, b.Y, b.Z, a.Dot(a))
	fmt.Println(clamp(-5, 0, 10), clamp(50, 0, 10), clamp(7, 0, 10))
	for _, op := range []string{"+", "-", "*", "/", "%", "max", "min", "^"} {
		r, err := bigSwitch(op, 17, 5)
		fmt.Print(op, "=", r, " ", err, "; ")
	}
	fmt.Println()
	_, err := bigSwitch("/", 1, 0)
	fmt.Println(err, fact(10))
	sq := func(x int) int { return x * x }
	fmt.Println(apply([]int{1, 2, 3}, sq), func(x int) int { return x + 1 }(41))
	offset := 100
	add := func(x int) int { return x + offset }
	fmt.Println(apply([]int{1, 2}, add), add(1))
	fmt.Println(mustPositive(3))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(mustPositive(-2))
}

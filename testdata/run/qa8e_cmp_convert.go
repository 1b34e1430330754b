package main

import (
	"errors"
	"fmt"
	"io"
)

type Value interface{}

type Shape interface{ Area() float64 }

type Areaer interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type Point struct{ X, Y int }

type Celsius float64

func describe(vals []Value, target interface{}) []int {
	var idx []int
	for i, v := range vals {
		if v == target {
			idx = append(idx, i)
		}
	}
	return idx
}

func main() {
	vals := []Value{1, "a", Point{1, 2}, nil, 1.5, Point{1, 2}}
	fmt.Println(describe(vals, Point{1, 2}), describe(vals, nil), describe(vals, 1))
	var e interface{} = "a"
	var v Value = "a"
	fmt.Println(e == v, v != e, Value(e) == v)
	p := Point{3, 4}
	q := struct{ X, Y int }{3, 4}
	fmt.Println(p == q, q != p, Point(q) == p)
	c := make(chan int)
	var r <-chan int = c
	var s chan<- int = c
	fmt.Println(c == r, s == c, r == make(chan int))
	var sh Shape = Sq(2)
	var ar Areaer = Sq(2)
	var anon interface{ Area() float64 } = Sq(3)
	fmt.Println(sh == ar, ar == sh, anon == sh, sh == Shape(anon))
	var err error = io.EOF
	var wrapped interface{ Error() string } = io.EOF
	fmt.Println(err == wrapped, errors.Is(err, io.EOF), wrapped != err)
	fs := []func(){}
	fmt.Println(len(fs), Celsius(1.5) == 1.5)
	m := map[Value]int{"k": 1, 2: 2}
	var key interface{} = "k"
	fmt.Println(m[key], m[Value(2)])
}

package main

import (
	"fmt"
	"strings"
)

type Celsius struct{ Deg float64 }
type Kelvin struct{ Deg float64 }

type Speaker interface{ Speak() string }

type Robot struct {
	Speaker
	Model string
}

type beep struct{}

func (beep) Speak() string { return "beep" }

func shifts(n uint) (int64, uint8, int32) {
	var a int64 = 1
	var b uint8 = 0xff
	var c int32 = -8
	return a << n, b >> n, c >> n
}

func main() {
	c := Celsius{100}
	k := Kelvin(c)
	fmt.Println(k.Deg, Kelvin{c.Deg + 273.15})
	point := struct {
		X, Y int `json:"x"`
	}{1, 2}
	fmt.Printf("%v %+v\n", point, point)
	anon := []struct {
		Name string
		N    int
	}{{"a", 1}, {"b", 2}}
	fmt.Println(anon, len(anon))
	r := Robot{beep{}, "R2"}
	fmt.Println(r.Speak(), r.Model)
	fmt.Println(shifts(3))
	fmt.Println(shifts(70))
	b := make([]byte, 3)
	n := copy(b, "hello")
	fmt.Println(n, string(b))
	fns := [3]func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
		func(x int) int { return x * x },
	}
	v := 3
	for _, f := range fns {
		v = f(v)
	}
	fmt.Println(v)
	fmt.Println(-7/2, -7%2, 7/-2, -7>>1, uint32(1<<31)>>31)
	var sb strings.Builder
	sb.WriteString("x")
	defer func() {
		fmt.Println("recovered:", recover())
		r2 := Robot{Model: "empty"}
		defer func() { fmt.Println("recovered 2:", recover()) }()
		fmt.Println(r2.Speak())
	}()
	sb2 := sb
	sb2.WriteString("y")
}

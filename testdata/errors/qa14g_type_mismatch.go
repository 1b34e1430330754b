package main

import (
	"fmt"
	"time"
)

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 10
	var f Fahrenheit = 50
	fmt.Println(c + f)
	var n int = 3
	var d time.Duration = n * time.Second
	s := "x" + 1
	var b byte = 'a'
	r := 'b'
	fmt.Println(b == r, d, s)
	var u uint = 1
	fmt.Println(n << u, n + u)
	var p *int = &c
	_ = p
}

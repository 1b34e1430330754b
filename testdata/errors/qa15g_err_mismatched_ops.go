package main

import (
	"fmt"
	"time"
)

type Meters float64
type Feet float64

func main() {
	var i int = 3
	var f float64 = 1.5
	var m Meters = 2
	var ft Feet = 3
	d := 2 * time.Second
	fmt.Println(i + f)
	fmt.Println(m + ft)
	fmt.Println(d * i)
	fmt.Println("n=" + i)
	fmt.Println(i == nil, f % 2, !i, -"x")
	var b byte = 300
	var u uint = -1
	fmt.Println(b, u, 1<<f)
}

package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	var a int = 3
	var b float64 = 2.5
	fmt.Println(a * b)
	var c int64 = 5
	fmt.Println(a + c)
	d := math.Sqrt(a)
	time.Sleep(a * time.Second)
	var u uint8 = 256
	var e int32 = 1 << 40
	fmt.Println(d, u, e, a/0)
}

package main

import "fmt"

const bad = 0x
const alsoBad = 1e+

func main() {
	var s string = 'ab'
	x := "\d" + 1
	y := '\400'
	z := 0b102
	var f float64 = 0o8
	h := 0x1.8
	fmt.Println(s, x, y, z, f, h, bad, alsoBad)
	var unused string = "\q"
	fmt.Println(undefinedName)
	a := [3]int{}
	fmt.Println(a[0:1:], a[::2])
}

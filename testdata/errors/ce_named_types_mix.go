package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	var c Celsius = 100
	var f Fahrenheit = c
	fmt.Println(CToF(f), c == f)
	var b byte = 'a'
	var r rune = b
	s := "x" + 'y'
	fmt.Println(r, s, f)
	var arr []string = []int{1}
	fmt.Println(arr)
}

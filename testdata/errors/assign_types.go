package main

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 10
	var f Fahrenheit = c
	var x int = "hello"
	var p *int = &c
	var s []int = []string{}
	var m map[string]int = map[int]string{}
	_, _, _, _, _ = f, x, p, s, m
}

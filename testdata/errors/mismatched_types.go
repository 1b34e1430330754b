package main

func main() {
	var a int = 1
	var b float64 = 2
	var s string = "x"
	_ = a + b
	_ = s + a
	_ = a == s
}

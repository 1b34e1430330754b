package main

func main() {
	a := 1
	var b int
	c, d := 1, 2
	_ = c
}

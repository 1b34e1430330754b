package main

func main() {
	x := 1
	_ = *x
	var s string
	_ = *s
}

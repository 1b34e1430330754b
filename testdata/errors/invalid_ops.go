package main

func main() {
	var b bool
	var s string
	var f float64
	var i int
	_ = -b
	_ = !i
	_ = ^f
	_ = s - s
	_ = f % 2.0
	_ = b + b
	_ = i && i
}

package main

func main() {
	var f float64 = 2
	var i int
	_ = f << 2
	_ = 1 << -1
	_ = i << 1.5
	var u = 1.0 << i
	_ = u
	const big = 1 << 2000
}

package main

func f(n int) int {
	var a [64]byte
	a[n%64] = byte(n)
	return f(n+1) + int(a[3])
}

func main() {
	println(f(0))
}

package main

func main() {
	var a int = 1.5
	var b uint8 = 2.5e1
	const c = 10 / 4.0
	var d int = c
	_, _, _ = a, b, d
}

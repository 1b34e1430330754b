package main

func two() (int, int) { return 1, 2 }

func main() {
	a, b := 1
	var c, d, e = two()
	x := two()
	_, _, _, _, _, _ = a, b, c, d, e, x
}

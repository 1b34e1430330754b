package main

func main() {
	var a, b int = 1
	var c, d = 1, 2, 3
	_, _, _, _ = a, b, c, d
}

package main

func main() {
	x := 1
	x = 2
	var y int
	y = 3
	z := 0
	z++
}

package main

func main() {
	if x := 2 {
		y := 1 z
	}
}

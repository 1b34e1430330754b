package main

func main() {
	x := func
}

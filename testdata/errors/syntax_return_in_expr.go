package main

func main() {
	x := return
	_ = x
}

package main

func main() {
	s := -1
	println(1 << s)
}

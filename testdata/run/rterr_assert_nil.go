package main

func main() {
	var x interface{}
	n := x.(int)
	println(n)
}

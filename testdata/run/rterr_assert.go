package main

func main() {
	var x interface{} = "hello"
	n := x.(int)
	println(n)
}

package main

func main() {
	defer recover()
	defer panic(1)
	go println("x")
	defer len("x")
	go cap([]int{})
}

package main

func main() {
	x := 1
	x()
	"s"()
	var f func(int)
	f()
}

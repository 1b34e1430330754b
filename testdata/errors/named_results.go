package main

func f() (a, b int) {
	return 1
}

func g() (x int, err error) {
	x := 2
	return
}

func main() {
	f()
	g()
}

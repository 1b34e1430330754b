package main

type A interface {
	M()
	M()
}

func main() {}

package main

type I interface {
	M()
	fmt.Stringer
}

type J interface {
	K
}

func main() {}

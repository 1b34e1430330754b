package main

type I interface{ M() }

type S struct {
	*I
}

type P *int

type R struct {
	P
}

func main() {}

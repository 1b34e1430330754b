package main

type E struct{}

func (E) Error() string { panic("inner") }

func main() {
	panic(E{})
}

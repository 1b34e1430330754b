package main

type T struct{ A, B int }

func (t T) String() string { return "T!" }

func main() {
	panic(T{1, 2})
}

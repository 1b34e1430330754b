package main

type Stringer interface{ String() string }

type T struct{}

func (T) string() string { return "" }

func main() {
	var s Stringer = T{}
	_ = s
}

package main

type I interface{ M() }

type T struct{}

func main() {
	var i I
	_ = i.(T)
	var x int
	_ = x.(int)
	switch i.(type) {
	case T:
	}
}

package main

func arr() [3]int { return [3]int{} }

func main() {
	_ = arr()[:]
	x := 5
	_ = x[1:]
	s := "abc"
	_ = s[1:2:3]
}

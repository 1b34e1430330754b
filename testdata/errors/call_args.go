package main

func f(a int, b string) int { return a }

func v(xs ...int) {}

func main() {
	f(1)
	f(1, "a", 3)
	f("a", 1)
	v(1, "x")
	s := []string{}
	v(s...)
	f()
}

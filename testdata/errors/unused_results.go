package main

func f() int { return 1 }

func main() {
	x := 1
	x
	x + 1
	f
	"abc"
	len("a")
	int
	append([]int{}, 1)
}

package main

func f() int { return 1 }

const c = 1

func main() {
	_ = &f()
	_ = &c
	_ = &1
	m := map[int]int{}
	_ = &m[1]
}

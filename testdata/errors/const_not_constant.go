package main

func f() int { return 1 }

var v = 2

const a = f()
const b = v

func main() {
	_ = iota
}

package main

const (
	a, b = 1
	c    = 1, 2
)

const x int = "s"
const y = []int{}

func main() {}

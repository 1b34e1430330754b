package main

import "fmt"

type T struct {
	a, b int
	c    string
}

func main() {
	var p *T
	fmt.Println(p.c)
}

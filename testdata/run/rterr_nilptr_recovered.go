package main

import "fmt"

type T struct{ X int }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v\n%T\n", r, r)
	}()
	var p *T
	fmt.Println(p.X)
}

package main

import "fmt"

type Flag uint8

const (
	F0 Flag = 1 << iota
	F1
	F2
	F3
	F4
	F5
	F6
	F7
	F8
)

const Neg uint = -1

func main() {
	var small int8 = 200
	fmt.Println(F0, F8, Neg, small)
	x := Flag(300)
	_ = x
}

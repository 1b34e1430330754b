package main

import "fmt"

type Animal interface {
	Sound() string
}

type Dog struct{}

func (d Dog) Sound() string { return "woof" }

func main() {
	var a Animal = Dog{}
	d := a.(Cat)
	switch x := a.(type) {
	case Dog:
	case int:
	}
	var n int = a
	s := a.Sound
	fmt.Println(d, s, n)
	var e error = "oops"
	fmt.Println(e)
	fmt.Println(Dog.Sound())
}

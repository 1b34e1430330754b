package main

import "fmt"

func main() {
	x := fmt.Sprint(len("a")
	if true {
	}
	y := []int{1,
	2
	z := 1
}

func other() {
	fmt.Println("a" "b")
	m := map[string]int{"a": 1 "b": 2}
}

package main

import "fmt"

func main() {
	a := [3]int{}
	fmt.Println(a[0:1:], a[::2])
	var unused string = "\q"
	fmt.Println(undefinedName)
	go func() {}
	defer (recover())
}

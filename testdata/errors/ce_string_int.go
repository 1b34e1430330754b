package main

import (
	"fmt"
	"strconv"
)

func main() {
	age := 30
	msg := "age: " + age
	fmt.Println(msg)
	n := strconv.Itoa("42")
	var s string = n + 1
	fmt.Println(s, string(age))
	total := 0
	total += "1"
	fmt.Println(total)
}

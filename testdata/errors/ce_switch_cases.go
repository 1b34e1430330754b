package main

import "fmt"

func main() {
	x := 10
	switch x {
	case 1:
		fmt.Println("one")
	case 1:
		fmt.Println("uno")
	case "two":
	}
	var i interface{} = x
	switch v := i.(type) {
	case int, string:
		fmt.Println(v + 1)
	}
	if x := 5; x {
	}
	for x {
	}
}

package main

import "fmt"

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func classify(s string) string {
	switch s {
	case "a":
		return "A"
	default:
		fmt.Println("other")
	}
}

func loop() int {
	for {
		break
	}
}

func ok() int {
	for {
	}
}

func main() {
	fmt.Println(sign(1), classify("a"), loop(), ok())
}

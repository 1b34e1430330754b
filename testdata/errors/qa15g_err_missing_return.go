package main

import "fmt"

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func classify(r rune) string {
	switch {
	case r >= 'a' && r <= 'z':
		return "lower"
	case r >= 'A' && r <= 'Z':
		return "upper"
	}
	for {
		if r == 0 {
			break
		}
		return "other"
	}
}

func loop() int {
	for {
	}
}

func main() {
	fmt.Println(sign(3), classify('x'), loop())
}

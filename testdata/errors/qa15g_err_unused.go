package main

import (
	"fmt"
	"os"
	"strings"
)

func parse(s string) (n int, err error) {
	parts := strings.Split(s, ",")
	for i, p := range parts {
		count := len(p)
	}
	return len(parts), nil
}

func main() {
	x, err := parse("a,b")
	fmt.Println("done")
}

package main

import (
	"fmt"
	"os"
	"strings"
)

func shout(s string) string { return strings.ToUpper(s) + "!" }

func main() {
	if len(os.Args) < 2 {
		fmt.Println("usage: shout WORD")
		os.Exit(2)
	}
	fmt.Println(shout(os.Args[1]))
}

package main

import (
	"fmt"
	"strings"
)

func shout(s string) string { return strings.ToUpper(s) + "!" }

func main() { fmt.Println(shout("hello")) }

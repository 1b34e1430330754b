package main

import (
	. "fmt"
	. "os"
	"sort"
	. "strings"
)

func main() {
	Println(ToUpper("a"))
	x := sort
	_ = x
}

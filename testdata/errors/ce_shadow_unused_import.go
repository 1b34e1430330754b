package main

import (
	"fmt"
	"os"
	str "strings"
	"strconv"
)

func main() {
	err := fmt.Errorf("x")
	if err != nil {
		err := os.ErrNotExist
	}
	var i interface{} = 1
	j := i + 1
	fmt.Println(j)
}

package main

import (
	"errors"
	"fmt"
)

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("cleanup saw:", r)
		panic(fmt.Errorf("cleanup failed: %w", errors.New("rollback error")))
	}
}

func main() {
	defer cleanup()
	var m map[string][]int
	m["k"] = append(m["k"], 1)
}

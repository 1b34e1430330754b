package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer func() { fmt.Println("recover cannot catch a fatal error:", recover()) }()
	mu.Unlock()
}

package main

import "fmt"

func main() {
	defer fmt.Println
	go func() {}
	var wg sync.WaitGroup
	wg.Add(1)
	select {
	case x := 1:
	}
	break
	continue
L:
	goto M
	fallthrough
}

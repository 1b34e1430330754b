package main

import "fmt"

type Reason struct{ why string }

func (r Reason) String() string { return "reason: " + r.why }

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2 sees panic, does not recover")
	}()
	panic(Reason{"disk full"})
}

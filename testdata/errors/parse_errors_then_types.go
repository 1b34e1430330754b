package main

import "fmt"

func f() (int, error) {
	return 1
}

func g(n int) int {
	if n > 0 {
		return 1
	}
}

func main() {
	a, b := f()
	c := f()
	for i := 0; i < 3; i++ {
		i := "s"
	}
	var wg sync.WaitGroup
	fmt.Println(a)
	d := []int{1, 2}
	d.Append(3)
	fmt.Printf("%d\n", d...)
	go fmt.Println
	e := nil
}

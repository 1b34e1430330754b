package main

import "fmt"

type Bag struct {
	label string
	items []int
}

func total(b *Bag) (n int) {
	for i := range b.items {
		n += i
	}
	return n
}

func main() {
	fmt.Println(total(&Bag{items: []int{4, 5, 6}}))
	var b *Bag
	fmt.Println(total(b) + len(b.label))
}

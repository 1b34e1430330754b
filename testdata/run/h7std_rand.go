// Embedding *rand.Rand and rand.Rand.
package main

import (
	"fmt"
	"math/rand"
)

type gen struct {
	*rand.Rand
}

type genV struct {
	rand.Rand
}

type intner interface{ Intn(int) int }

func main() {
	var g intner = gen{rand.New(rand.NewSource(1))}
	fmt.Println(g.Intn(100))
	g = &genV{}
	_ = g
}

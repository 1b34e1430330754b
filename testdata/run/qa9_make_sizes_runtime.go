// make with sizes known only at run time always allocates on the heap;
// constant sizes may stay on the stack. Counting mallocs around each.
package main

import (
	"fmt"
	"os"
	"testing"
)

func constSize() int {
	s := make([]int, 16)
	for i := range s {
		s[i] = i
	}
	return s[15]
}

func varSize(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s[n-1]
}

func varCap(n int) int {
	s := make([]int, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

const width = 8

func constExpr() int {
	grid := make([][width]int, width/2)
	grid[3][7] = 5
	return grid[3][7]
}

func mapSized(n int) int {
	m := make(map[int]int, n)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return len(m)
}

func chanSized(n int) int {
	c := make(chan int, n)
	c <- n
	return <-c
}

func main() {
	n := len(os.Args) + 15
	fmt.Println(constSize(), varSize(n), varCap(n), constExpr(), mapSized(n), chanSized(n))
	fmt.Println("const:", testing.AllocsPerRun(50, func() { constSize() }))
	fmt.Println("var len:", testing.AllocsPerRun(50, func() { varSize(n) }))
	fmt.Println("var cap:", testing.AllocsPerRun(50, func() { varCap(n) }))
	fmt.Println("const expr:", testing.AllocsPerRun(50, func() { constExpr() }))
	fmt.Println("map small:", testing.AllocsPerRun(50, func() { mapSized(4) }))
	fmt.Println("chan:", testing.AllocsPerRun(50, func() { chanSized(n) }))
}

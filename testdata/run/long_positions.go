// Positions past column 254 print without a column in -m (gc keeps 8
// bits of it), and very long type strings print whole.
package main

import "fmt"

func main() {
	x := []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + []int{1}[0] + 1
	p := new([][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][]int)
	fmt.Println(x, p != nil)
	fmt.Println([]int{1}, []int{2}, []int{3}, []int{4}, []int{5}, []int{6}, []int{7}, []int{8}, []int{9}, []int{10}, []int{11}, []int{12}, []int{13}, []int{14}, []int{15}, []int{16}, []int{17}, []int{18}, []int{19}, []int{20}, []int{21}, []int{22})
}

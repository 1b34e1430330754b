package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	fmt.Println(nums.len())
	fmt.Println(nums[1:2:1], nums["a"])
	var m map[[]int]string
	fmt.Println(m)
	copy(nums, "abc")
	delete(nums, 1)
	n := cap(map[int]int{})
	fmt.Println(n, new(5), make(int))
	fmt.Printf("%d\n")
}

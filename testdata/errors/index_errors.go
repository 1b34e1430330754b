package main

func main() {
	a := [3]int{}
	s := []int{1}
	_ = a[3]
	_ = a[-1]
	_ = s["x"]
	_ = s[1.5]
	var x int
	_ = x[0]
	_ = "abc"[5]
	_ = a[1:0]
}

package main

func main() {
	var x int
	x++
	var f float64 = "s"
	y := [3]int{1, 2, 3, 4}
	z := y[5]
	w := y[-1]
	var arr [2]int
	arr = [3]int{}
	s := "abc"
	s.Len()
	_ = z + w
}

package main

func main() {
	_ = len(1)
	_ = cap(map[int]int{})
	_ = make(int)
	_ = make([]int)
	_ = new(1)
	x := 1
	_ = append(x, 1)
	copy(x, x)
	delete(x, 1)
	close(x)
}

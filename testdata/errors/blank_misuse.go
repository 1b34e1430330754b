package main

func main() {
	_ = _
	x := _
	var y int = _
	_, _ = x, y
}

package main

func main() {
	var f float64 = 1
	_ = string(f)
	var b []int
	_ = string(b)
	_ = []byte(5)
	var x struct{}
	_ = int(x)
	_ = int("1")
}

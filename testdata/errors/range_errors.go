package main

func main() {
	for i := range 10 {
		_ = i
	}
	var ch chan int
	for a, b := range ch {
		_, _ = a, b
	}
	var f func()
	for range f {
	}
}

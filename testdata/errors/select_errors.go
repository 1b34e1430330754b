package main

func main() {
	ch := make(chan int)
	x := 1
	select {
	case x > 0:
	case ch <- 1:
	case v := <-ch:
		_ = v
	}
}

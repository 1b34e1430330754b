package main

func main() {
	var r <-chan int
	var s chan<- int
	r <- 1
	_ = <-s
	close(r)
	var x int
	x <- 1
	_ = <-x
}

package main

func main() {
	goto 1
}

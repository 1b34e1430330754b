package main

var = 1

func main() {
}

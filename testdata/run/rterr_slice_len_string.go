package main

func main() {
	s := "abc"
	j := 5
	println(s[:j])
}

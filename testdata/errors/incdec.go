package main

func main() {
	s := "a"
	s++
	b := true
	b--
	var p *int
	p++
}

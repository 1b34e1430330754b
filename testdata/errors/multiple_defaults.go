package main

func main() {
	switch {
	default:
	case true:
	default:
	}
}

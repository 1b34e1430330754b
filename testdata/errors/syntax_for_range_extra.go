package main

func main() {
	for i := range 10 20 {
		_ = i
	}
}

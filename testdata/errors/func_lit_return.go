package main

func main() {
	f := func() int {
		if true {
			return 1
		}
	}
	_ = f
}

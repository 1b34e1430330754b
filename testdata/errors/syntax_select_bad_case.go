package main

func main() {
	select {
	case 1 + 2:
	}
	for {
	}
	x y
}

package main

func main() {
	switch 0 {
	case 0:
		L0:
	case 1:
	}
}

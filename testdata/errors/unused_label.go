package main

func main() {
unused:
	for i := 0; i < 2; i++ {
	}
	switch {
	case true:
		continue
	}
}

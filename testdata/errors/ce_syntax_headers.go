package main

func g() int { return 1 }

func main() {
	if i := g()); i == 1 {
	}

	if i == g()] {
	}

	for i := 0; i < 3; i++) {
	}

	switch g() true {
	}
	if g() == 1 {
	} else if g() 2 {
	} else {
	}
}

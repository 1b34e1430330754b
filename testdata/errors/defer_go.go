package main

func f() int { return 1 }

func main() {
	defer int(1)
	go len("a")
}

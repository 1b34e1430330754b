package main

func f() string {
	return 1
}

func g() (int, string) {
	return "a", 1
}

func main() { f(); g() }

package main

func f() (int, error) {
	return 1
}

func g() int {
	return 1, 2
}

func h() {
	return 1
}

func main() { f(); g(); h() }

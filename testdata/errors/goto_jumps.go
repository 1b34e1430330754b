package main

func main() {
	goto L
	x := 1
	_ = x
L:
	goto M
	{
	M:
	}
}

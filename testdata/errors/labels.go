package main

func main() {
L1:
	for {
		break L2
	}
L3:
	x := 1
	_ = x
	goto L4
	for {
		continue L1
	}
}

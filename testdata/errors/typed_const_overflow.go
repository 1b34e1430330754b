package main

const a uint8 = 255
const b = a + 1
const c int8 = -128
const d = -c

func main() {
	var x uint8 = 200
	_ = x * 2
	_ = b
	_ = d
}

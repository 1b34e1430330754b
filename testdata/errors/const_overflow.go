package main

const Big = 1 << 100

func main() {
	var a int8 = 128
	var b uint = -1
	var c byte = 'a' + 200
	var d int = Big
	var e int32 = 1e10
	_, _, _, _, _ = a, b, c, d, e
}

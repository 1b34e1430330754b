package main

type T struct{ a int }

func main() {
	println("ints:", 0, -1, 9223372036854775807, int8(-128), uint64(18446744073709551615))
	println("floats:", 1.5, -0.0, 1e100, 3.14159, float32(0.1), 1e-300)
	var z float64
	println("special:", 1/z, -1/z, z/z)
	println("bools:", true, false)
	println("strings:", "", "héllo", "tab\there")
	var p *T
	var e error
	var i interface{}
	var m map[int]int
	var s []int
	println("nils:", p == nil, e == nil, i == nil, m == nil, s == nil, len(s))
	print("no newline ", 1, 2, "\n")
	print()
	println()
	println(uint8(200)+100, int16(-32768)-1, 'a', "x"+"y")
}

package main

import "fmt"

//go:noinline
func id8(x uint8) uint8 { return x }

//go:noinline
func idi8(x int8) int8 { return x }

//go:noinline
func id16(x uint16) uint16 { return x }

//go:noinline
func idi(x int) int { return x }

func main() {
	a, b := id8(200), id8(100)
	fmt.Println(a+b > 200, a+b, a*b == 32, ^a == 55, -a, a<<1 > a, a<<1 == 144, (a+b)/2, a/b, a%b)
	c := idi8(-128)
	fmt.Println(-c == c, c/-1, c*c, c-1 > 0, -c < 0, c>>1, c>>7, c>>9)
	d := id16(65535)
	fmt.Println(d*d, d*d == 1, d+1 == 0, d<<8, uint32(d)*uint32(d))
	x := idi(-7)
	fmt.Println(x/4, x%4, x/-4, x%-4, x>>1, x/2, x/8, x%8, x/1, x%1)
	fmt.Println(x<<63, x<<64, x>>63, x>>64, x<<100, uint(x)>>64, uint(x)>>63)
	var s uint = 65
	fmt.Println(x<<s, x>>s, uint64(x)>>s, int32(x)<<s, int8(x)>>s, uint8(x)<<(s-58))
	y := idi(1 << 62)
	fmt.Println(y*4, y*2+y*2, -y*2, (y*2)/-1)
	m := idi(-9223372036854775807 - 1)
	fmt.Println(m/-1, m%-1, -m, m*-1, m-1)
	var u32 uint32 = 1 << 31
	fmt.Println(u32*2, u32<<1, int32(u32), u32+u32 > 0)
	var i32 int32 = 1 << 30
	fmt.Println(i32*4, i32*2, i32+i32+i32)
	var i16 int16 = 300
	fmt.Println(i16*i16, int8(i16), uint8(i16))
	e := id8(7)
	fmt.Println(e<<5, e<<6, e<<7, e>>1, e&^3, e|^e)
	f := a
	f += b
	f *= 3
	fmt.Println(f, a-b-b-b, b-a)
	cmp := func(p, q uint8) bool { return p-q < 10 }
	fmt.Println(cmp(5, 10), cmp(10, 5))
	var arr [256]int
	arr[a+b]++
	arr[uint8(a*2)]++
	fmt.Println(arr[44], arr[144])
	r := 'a'
	r2 := r - 'b'
	fmt.Println(r2, uint32(r2), byte(r2))
}

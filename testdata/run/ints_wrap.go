package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int32 = math.MaxInt32
	c += 1
	fmt.Println(c)
	var d int64 = math.MinInt64
	var m1 int64 = -1
	fmt.Println(d/m1, d%m1, -d)
	var u uint32 = 1 << 31
	fmt.Println(u<<1, u>>31, u*2)
	var s uint = 70
	var one = 1
	fmt.Println(one<<s, one<<63, -8>>1, uint64(1)<<s)
	var neg = -8
	fmt.Println(neg>>s, neg>>2, neg/3, neg%3, 7/-2, 7%-2)
	var i16 int16 = -300
	fmt.Println(uint8(i16), int8(i16), uint16(i16), int64(i16))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(200+f))
	var x uint8 = 200
	var y uint8 = 100
	fmt.Println(x+y, x*y, (x+y)/2)
	fmt.Println(^0, ^uint8(3), 6&^5, 6|5, 6^5)
	h := 0
	for i := 0; i < 100; i++ {
		h = h*31 + i
	}
	fmt.Println(h)
	var f32 float32 = 16777216
	f32 += 1
	fmt.Println(f32, float32(0.1)+float32(0.2), 0.1+0.2)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, uint64(math.MaxUint64))
}

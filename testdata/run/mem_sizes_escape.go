package main

import "fmt"

type Big struct{ data [100000]byte }

type Small struct{ a, b int32 }

var sink any

func fill(n int) int {
	buf := make([]int, n) // non-constant size: heap
	for i := range buf {
		buf[i] = i
	}
	return len(buf)
}

func fixed() int {
	buf := make([]int, 1024) // small constant size: stack
	buf[3] = 9
	return buf[3]
}

func huge() int {
	var b Big // explicit variable over 64 KiB stays (under 10 MiB)
	b.data[5] = 1
	p := new(Big) // implicit allocation over 64 KiB: heap
	p.data[7] = 2
	return int(b.data[5] + p.data[7])
}

func slices() int {
	var arr [8]int
	s := arr[2:5]
	s[0] = 4
	m := map[string]*Small{}
	m["a"] = &Small{1, 2}
	ch := make(chan *Small, 1)
	ch <- &Small{3, 4}
	v := <-ch
	return arr[2] + int(m["a"].b) + int(v.a)
}

func conversions(s string, b []byte) int {
	x := []byte(s)
	y := string(b)
	z := []rune(s)
	sink = x
	return len(y) + len(z)
}

func boxes() {
	for i := 0; i < 3; i++ {
		sink = i
	}
	sink = Small{1, 2}
	sink = "constant"
	sink = 3.5
}

func main() {
	fmt.Println(fill(10), fixed(), huge(), slices(), conversions("héllo", []byte("ab")))
	boxes()
	fmt.Println(sink)
	var idx uint8 = 200
	var table [256]int
	table[idx] = 1
	fmt.Println(table[idx], table[idx&0x0f])
}

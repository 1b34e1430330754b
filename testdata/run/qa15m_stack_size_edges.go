package main

import "fmt"

type Block [8192]int64 // 64 KiB

type Small [16]int64

func sumBlock(b *Block) (s int64) {
	for i := range b {
		s += b[i]
	}
	return
}

func viaNew() int64 {
	b := new(Block) // implicit: 64 KiB is the largest that stays on the stack
	b[1] = 2
	return sumBlock(b)
}

func viaNewBig() int64 {
	b := new([8193]int64) // one word over the implicit limit
	b[2] = 3
	return b[2]
}

func viaMake(n int) int {
	fixed := make([]byte, 65536)
	over := make([]byte, 65537)
	dyn := make([]byte, n)
	fixed[0], over[0] = 1, 2
	if n > 0 {
		dyn[0] = 3
	}
	return int(fixed[0]) + int(over[0]) + len(dyn)
}

func viaVar() int64 {
	var big [200000]int64 // explicit declarations stay on the stack up to 10 MiB
	big[199999] = 7
	return big[199999]
}

func viaLiteral() int {
	arr := &[100]Small{}
	arr[99][15] = 5
	lit := []Small{{1}, {2}, {3}}
	return int(arr[99][15]) + int(lit[2][0])
}

func huge() int64 {
	var h [1400000]int64 // over 10 MiB: moved to the heap
	h[0] = 9
	return h[0]
}

func passBig(b Block) int64 { return b[0] + b[8191] }

func main() {
	fmt.Println(viaNew(), viaNewBig(), viaMake(10), viaMake(0))
	fmt.Println(viaVar(), viaLiteral(), huge())
	var b Block
	b[0], b[8191] = 1, 2
	fmt.Println(passBig(b), sumBlock(&b))
	bs := make([]Block, 2)
	bs[1][3] = 4
	fmt.Println(sumBlock(&bs[1]), len(bs))
	ptrs := []*Small{{1}, new(Small)}
	ptrs[1][0] = 6
	fmt.Println(ptrs[0][0]+ptrs[1][0], len(ptrs))
}

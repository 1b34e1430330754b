// Size limits of stack allocation: a declared variable may be up to 10 MiB
// on the stack, an implicit allocation (new, &T{}, make, literal) up to
// 64 KiB; bigger ones go to the heap even when they do not escape.
package main

import "fmt"

type Page [4096]byte

type Block64K [64 << 10]byte

type Block64KPlus [64<<10 + 8]byte

func declaredSmall() int {
	var p Page
	p[10] = 1
	return int(p[10]) + len(p)
}

func declaredLarge() int {
	var buf [1 << 20]byte
	buf[len(buf)-1] = 7
	return int(buf[len(buf)-1])
}

func declaredHuge() int {
	var huge [11 << 20]byte
	huge[0] = 3
	return int(huge[0]) + len(huge)>>20
}

func newAtLimit() int {
	b := new(Block64K)
	b[0] = 1
	return int(b[0]) + len(b)
}

func newOverLimit() int {
	b := new(Block64KPlus)
	b[1] = 2
	return int(b[1]) + len(b)
}

func makeAtLimit() int {
	s := make([]byte, 64<<10)
	s[5] = 5
	return len(s) + int(s[5])
}

func makeOverLimit() int {
	s := make([]byte, 64<<10+1)
	return len(s)
}

func literalInts() int {
	xs := []int64{1, 2, 3, 4}
	t := 0
	for _, x := range xs {
		t += int(x)
	}
	return t
}

func ptrLiteral() int {
	p := &[8192]int64{1: 5}
	q := &[8193]int64{2: 6}
	return int(p[1] + q[2])
}

func main() {
	fmt.Println(declaredSmall())
	fmt.Println(declaredLarge())
	fmt.Println(declaredHuge())
	fmt.Println(newAtLimit(), newOverLimit())
	fmt.Println(makeAtLimit(), makeOverLimit())
	fmt.Println(literalInts(), ptrLiteral())
}

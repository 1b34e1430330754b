// Small helpers of many syntactic shapes, all cheap enough to inline:
// switches, type switches, composite literals, closures, string escapes.
package main

import (
	"errors"
	"fmt"
)

type Kind uint8

const (
	KNone Kind = iota
	KSmall
	KLarge
	KHuge = KLarge + 10
)

type Block struct {
	Size  int
	Kind  Kind
	Tags  [2]string
	Owner *string
}

func classify(n int) Kind {
	switch {
	case n <= 0:
		return KNone
	case n < 32<<10:
		return KSmall
	case n < 1<<20:
		return KLarge
	}
	return KHuge
}

func kindName(k Kind) string {
	switch k {
	case KNone:
		return "none"
	case KSmall, KLarge:
		return "normal"
	default:
		return "huge\t!"
	}
}

func sizeOf(v interface{}) int {
	switch x := v.(type) {
	case int:
		return 8
	case string:
		return 16 + len(x)
	case []byte:
		return 24 + cap(x)
	}
	return -1
}

func newBlock(n int, owner string) *Block {
	return &Block{Size: n, Kind: classify(n), Tags: [2]string{1: "t"}, Owner: &owner}
}

func table() [4]int { return [...]int{3: 1, 0: 9} }

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func apply(x int) int {
	double := func(v int) int { return v * 2 }
	return double(x) + 1
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	} else if v > hi {
		return hi
	}
	return v
}

var errTooBig = errors.New("too big")

func check(n int) error {
	if n > 1<<30 {
		return errTooBig
	}
	return nil
}

func bitsOf(x uint8) (hi, lo uint8) { return x >> 4, x & 0x0f }

func quote(s string) string { return "«" + s + "»\n" }

func ptrTo(v int) *int { return &v }

func firstOr(xs []string, def string) string {
	if len(xs) > 0 {
		return xs[0]
	}
	return def
}

func sumTo(n int) (s int) {
	for i := 1; i <= n; i++ {
		s += i
	}
	return
}

func main() {
	for _, n := range []int{0, 100, 40000, 5 << 20} {
		k := classify(n)
		fmt.Println(n, k, kindName(k))
	}
	fmt.Println(sizeOf(1), sizeOf("abc"), sizeOf(make([]byte, 2, 10)), sizeOf(1.5))
	b := newBlock(64, "ann")
	fmt.Println(b.Size, b.Kind, b.Tags, *b.Owner, table())
	v, ok := lookup(map[string]int{"a": 1}, "a")
	fmt.Println(v, ok, adder(10)(5), apply(20), clamp(15, 0, 10), clamp(-3, 0, 10))
	fmt.Println(check(1<<31), check(5))
	hi, lo := bitsOf(0xA7)
	fmt.Print(hi, lo, quote("x"))
	p := ptrTo(3)
	*p++
	fmt.Println(*p, firstOr(nil, "def"), firstOr([]string{"z"}, ""), sumTo(100))
}

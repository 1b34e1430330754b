// Language corners a tutorial would list: methods on func, slice and map
// types, indexed array literals, append aliasing, shifts, wrapping,
// invalid UTF-8, float formatting, and runtime panics that are recovered.
package main

import (
	"fmt"
	"math"
	"strings"
)

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return "[" + f(s) + "]" }

type Handler interface{ Handle(string) string }

type Chain []Handler

func (c Chain) Handle(s string) string {
	for _, h := range c {
		s = h.Handle(s)
	}
	return s
}

type Counts map[string]int

func (c Counts) Add(words ...string) Counts {
	for _, w := range words {
		c[w]++
	}
	return c
}

func (c Counts) Top() (string, int) {
	best, n := "", -1
	for w, k := range c {
		if k > n || k == n && w < best {
			best, n = w, k
		}
	}
	return best, n
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-10s panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%-10s ok\n", name)
}

func main() {
	var h Handler = HandlerFunc(strings.ToUpper)
	chain := Chain{h, HandlerFunc(strings.TrimSpace), HandlerFunc(func(s string) string { return s + "!" })}
	fmt.Println(chain.Handle("  hi  "))
	fmt.Println(Counts{}.Add("a", "b", "a", "c", "b").Top())
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)

	arr := [...]string{2: "two", 5: "five", "six"}
	fmt.Println(len(arr), fmt.Sprintf("%q", arr))
	grid := [2][3]int{{1, 2, 3}, {4}}
	for _, row := range grid {
		row[0] = 99 // copy
	}
	fmt.Println(grid)

	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2) // shares backing array with a
	fmt.Println(a[3], b[3], len(base))
	c := append(base[:3:3], 3) // full slice expr forces a copy
	c[0] = 7
	fmt.Println(base[0], c)
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)

	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	x := 1
	fmt.Println(u8, i8, x<<63, x<<64, -7/2, -7%2, 7>>1, -7>>1, ^0, uint32(1)<<31)
	var sh uint = 70
	fmt.Println(int64(1)<<sh, uint64(math.MaxUint64)>>sh, int32(-1)>>sh)

	bad := "a\xffb\xe2\x82"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println(len(bad), []rune(bad), strings.ToValidUTF8(bad, "?"))

	f32 := float32(0.1)
	negz := math.Copysign(0, -1)
	fmt.Println(f32, float64(f32), 1e21, 1e20, 100000000.0, negz, math.NaN(), math.Inf(-1), 2.5e-7)
	fmt.Printf("%v %g %e %.3f %8.2f|%-8.2f| %x %b\n", 3.0, 1e-7, 123456.789, math.Pi, math.E, -1.5, 255.5, 5)
	fmt.Printf("%5t|%-5t|%q|%+q|%x|% x|%X\n", true, false, "é\n", "é", "hi", "hi", []byte("go"))
	fmt.Printf("%03d|%+d|%x|%o|%#o|%#x|%c|%U|%08.3f\n", 7, 7, -255, 8, 8, 255, 'G', 'é', -3.14159)

	try("index", func() { _ = s[len(s)+0*x*10+x*4] })
	try("nilfunc", func() { var f func(); f() })
	try("unhash", func() {
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	})
	try("uncomp", func() {
		var p, q interface{} = []int{1}, []int{1}
		fmt.Println(p == q)
	})
	try("shift", func() {
		n := -x
		fmt.Println(1 << n)
	})
	try("conv", func() {
		var e interface{} = "str"
		_ = e.(fmt.Stringer)
	})
	try("closed", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("slice3", func() { lo, hi := 3, 2; _ = s[lo:hi:4] })
	try("ok", func() {})
}

// errorcheck -0 -m -l

// Loop depth, slices of arrays, make sizes, append, copy.
package p

var sink []*int

func LoopAddr() []*int {
	var out []*int
	for i := 0; i < 4; i++ {
		v := i // ERROR "^moved to heap: v$"
		out = append(out, &v)
	}
	return out
}

func LoopLocal() int {
	s := 0
	for i := 0; i < 4; i++ {
		v := i
		p := &v
		s += *p
	}
	return s
}

func OuterPtr() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "^moved to heap: x$"
		p = &x
	}
	return *p
}

func RangeVar(xs []int) *int { // ERROR "^leaking param content: xs$"
	var p *int
	for _, v := range xs { // ERROR "^moved to heap: v$"
		p = &v
	}
	return p
}

func SliceOfArray() int {
	var a [8]int
	s := a[:]
	return len(s)
}

func SliceOfArrayEsc() []int {
	var a [8]int // ERROR "^moved to heap: a$"
	return a[2:4]
}

func MakeConst() int {
	s := make([]int, 16) // ERROR "^make\(\[\]int, 16\) does not escape$"
	return len(s)
}

func MakeVar(n int) int {
	s := make([]int, n) // ERROR "^make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func MakeBig() int {
	s := make([]byte, 100000) // ERROR "^make\(\[\]byte, 100000\) escapes to heap$"
	return len(s)
}

func MakeCap(n int) []int {
	return make([]int, 0, n) // ERROR "^make\(\[\]int, 0, n\) escapes to heap$"
}

func Append(s []int, v int) []int { return append(s, v) } // ERROR "^leaking param: s to result ~r0 level=0$"

func AppendPtrs(s []*int, p *int) []*int { return append(s, p) } // ERROR "^leaking param content: s$" "^leaking param: s to result ~r0 level=0$" "^leaking param: p$"

func Copy(dst, src []*int) int { return copy(dst, src) } // ERROR "^dst does not escape$" "^leaking param content: src$"

func BigArray() int {
	var a [20000]int
	return a[0]
}

func HugeNew() *[100000]int {
	return new([100000]int) // ERROR "^new\(\[100000\]int\) escapes to heap$"
}

func SmallNew() int {
	p := new([10]int) // ERROR "^new\(\[10\]int\) does not escape$"
	return p[0]
}

func Goto() *int {
	i := 0 // ERROR "^moved to heap: i$"
loop:
	x := i // ERROR "^moved to heap: x$"
	sink = append(sink, &x)
	i++
	if i < 3 {
		goto loop
	}
	return &i
}

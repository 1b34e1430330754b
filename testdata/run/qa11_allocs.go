package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type Small struct{ a, b int }
type Big struct{ data [1024]byte }

type Node struct {
	val  int
	next *Node
}

var sink interface{}
var sinkNode *Node

func measure(name string, f func()) {
	var a, b runtime.MemStats
	f() // warm
	runtime.ReadMemStats(&a)
	const N = 100
	for i := 0; i < N; i++ {
		f()
	}
	runtime.ReadMemStats(&b)
	fmt.Printf("%-18s %6.2f allocs/op\n", name, float64(b.Mallocs-a.Mallocs)/N)
}

//go:noinline
func newSmall(a, b int) *Small { return &Small{a, b} }

//go:noinline
func valSmall(a, b int) Small { return Small{a, b} }

func buildList(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{i, head}
	}
	return head
}

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}


func main() {
	measure("noop", func() {})
	measure("newSmall-escape", func() { sink = newSmall(1, 2) })
	measure("valSmall", func() { s := valSmall(1, 2); _ = s })
	measure("box-int-small", func() { sink = 7 })
	measure("box-int-big", func() { sink = 1000 })
	measure("box-string", func() { sink = "const" })
	measure("list-10", func() { sinkNode = buildList(10) })
	measure("concat", func() {
		s := strconv.Itoa(12345)
		sink = s + "-" + s
	})
	measure("builder", func() {
		var b strings.Builder
		b.Grow(32)
		b.WriteString("abc")
		b.WriteString("def")
		sink = b.String()
	})
	measure("prealloc-slice", func() {
		s := make([]int, 0, 64)
		for i := 0; i < 64; i++ {
			s = append(s, i)
		}
		sink = s
	})
	measure("grow-slice", func() {
		var s []int
		for i := 0; i < 64; i++ {
			s = append(s, i)
		}
		sink = s
	})
	measure("local-array", func() {
		var a [64]int
		for i := range a {
			a[i] = i
		}
		_ = a
	})
	measure("map-small", func() {
		m := make(map[int]int)
		for i := 0; i < 4; i++ {
			m[i] = i
		}
		sink = m
	})
	measure("big-new", func() { sink = new(Big) })
	st := &Stack{}
	measure("stack-reuse", func() {
		for i := 0; i < 16; i++ {
			st.Push(i)
		}
		for i := 0; i < 16; i++ {
			st.Pop()
		}
	})
	measure("closure", func() {
		x := 5
		f := func() int { return x * 2 }
		sink = f
	})
	measure("byte-string", func() {
		b := []byte("hello world, this is long")
		sink = string(b)
	})
	measure("sprintf", func() { sink = fmt.Sprintf("%d-%s", 42, "x") })
	measure("iface-method", func() {
		var s fmt.Stringer; _ = s

	})
}

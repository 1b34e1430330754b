// Slices share memory: a tutorial on len, cap, append and the aliasing
// surprises that follow. Every printed capacity is what Go 1.19's growth
// rule gives.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func show(name string, s []int) {
	fmt.Printf("%-8s len=%-2d cap=%-2d %v\n", name, len(s), cap(s), s)
}

// growthTable records every capacity change while appending one by one.
func growthTable(n int) []int {
	var s []int
	var caps []int
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

// removeAt deletes index i in place, keeping order.
func removeAt(s []int, i int) []int {
	copy(s[i:], s[i+1:])
	return s[:len(s)-1]
}

// insertAt inserts v at index i.
func insertAt(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

// filterInPlace keeps the even numbers, reusing the backing array.
func filterInPlace(s []int) []int {
	out := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out = append(out, v)
		}
	}
	return out
}

type Stack struct {
	items []string
}

func (s *Stack) Push(v string) { s.items = append(s.items, v) }

func (s *Stack) Pop() (string, bool) {
	if len(s.items) == 0 {
		return "", false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func main() {
	base := []int{1, 2, 3, 4, 5}
	show("base", base)

	a := base[1:3]
	show("a", a)
	a = append(a, 99) // overwrites base[3]
	show("a'", a)
	show("base'", base)

	b := base[1:3:3] // full slice expression: no spare capacity
	b = append(b, 77)
	show("b", b)
	show("base''", base)

	fmt.Println("growth int:", growthTable(600))

	var bs []byte
	var bcaps []int
	for i := 0; i < 100; i++ {
		bs = append(bs, byte(i))
		if len(bcaps) == 0 || bcaps[len(bcaps)-1] != cap(bs) {
			bcaps = append(bcaps, cap(bs))
		}
	}
	fmt.Println("growth byte:", bcaps)

	var ss []string
	var scaps []int
	for i := 0; i < 40; i++ {
		ss = append(ss, "x")
		if len(scaps) == 0 || scaps[len(scaps)-1] != cap(ss) {
			scaps = append(scaps, cap(ss))
		}
	}
	fmt.Println("growth string:", scaps)

	// Appending many at once picks a capacity from the total.
	c := append([]int{1, 2, 3}, make([]int, 10)...)
	show("c", c[:3])
	fmt.Println("c cap after bulk append:", cap(c))

	d := make([]int, 0, 5)
	d = append(d, 1, 2, 3, 4, 5, 6)
	fmt.Println("d cap:", cap(d))

	s := []int{10, 20, 30, 40, 50}
	s = removeAt(s, 1)
	show("removed", s)
	s = insertAt(s, 2, 35)
	show("inserted", s)

	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := filterInPlace(nums)
	show("evens", evens)
	show("nums", nums)

	// copy returns the number of elements copied.
	dst := make([]int, 3)
	n := copy(dst, []int{7, 8, 9, 10, 11})
	fmt.Println("copied", n, dst)

	// A copy of a string into a byte slice.
	buf := make([]byte, 5)
	n = copy(buf, "hello, world")
	fmt.Printf("%d %q\n", n, buf)

	// 2D slices share rows only when you let them.
	grid := make([][]rune, 3)
	row := []rune("...")
	for i := range grid {
		grid[i] = row
	}
	grid[0][1] = '#'
	for _, r := range grid {
		fmt.Println(string(r))
	}
	for i := range grid {
		grid[i] = append([]rune(nil), row...)
	}
	grid[2][2] = '@'
	for _, r := range grid {
		fmt.Println(string(r))
	}

	var st Stack
	for _, w := range strings.Fields("push the words on a stack") {
		st.Push(w)
	}
	var popped []string
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		popped = append(popped, v)
	}
	fmt.Println(strings.Join(popped, " "), len(st.items), cap(st.items))

	words := []string{"pear", "apple", "fig", "banana"}
	sorted := append([]string(nil), words...)
	sort.Strings(sorted)
	fmt.Println(words, sorted)

	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), len(empty))
	fmt.Printf("%v %v %d\n", nilSlice, empty, cap(append(nilSlice, 1)))

	arr := [6]int{1, 2, 3, 4, 5, 6}
	view := arr[2:4]
	view[0] = 300
	fmt.Println(arr, len(view), cap(view))
	view = append(view, 400)
	fmt.Println(arr)
	view = append(view, 500, 600, 700)
	view[0] = -1
	fmt.Println(arr, view)
}

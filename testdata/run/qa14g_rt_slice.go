package main

import (
	"fmt"
	"strings"
)

type Window struct {
	buf  []byte
	size int
}

func (w *Window) Slide(n int) []byte {
	return w.buf[n : n+w.size]
}

func guard(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-14s %v\n", name+":", r)
		}
	}()
	f()
}

func main() {
	data := []byte("abcdefgh")
	w := &Window{buf: data[:6], size: 3}
	fmt.Printf("%s %s\n", w.Slide(0), w.Slide(3))
	guard("slide past len", func() { fmt.Printf("%s\n", w.Slide(4)) })
	guard("slide past cap", func() { fmt.Printf("%s\n", w.Slide(6)) })
	n := -1
	guard("neg index", func() { _ = data[n] })
	i, j := 5, 2
	guard("inverted", func() { _ = data[i:j] })
	guard("3-index", func() { _ = data[1:2:10] })
	k := 9
	guard("3-index mid", func() { _ = data[1:k:8] })
	s := "héllo"
	guard("string index", func() { _ = s[len(s)] })
	guard("string slice", func() { _ = s[2:k] })
	var arr [4]int
	idx := 4
	guard("array", func() { arr[idx] = 1 })
	guard("array slice", func() { _ = arr[idx-1 : idx+1] })
	var nilSlice []int
	guard("nil slice", func() { _ = nilSlice[0] })
	guard("make neg", func() { _ = make([]int, n) })
	big := 1 << 62
	guard("make huge", func() { _ = make([]int64, big) })
	guard("make cap<len", func() { _ = make([]int, 5, idx) })
	u := uint8(200)
	guard("uint8 idx", func() { _ = data[u] })
	fmt.Println(strings.Repeat("-", 20))
	sub := data[2:4]
	fmt.Println(len(sub), cap(sub), string(sub[:cap(sub)]))
	ext := sub[:5]
	fmt.Println(string(ext))
	fmt.Println(string(data[:0]), len(data[8:]), cap(data[8:]))
	fmt.Println("uncaught:")
	fmt.Println(sub[:7])
}

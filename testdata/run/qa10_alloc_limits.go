// Allocation requests the runtime and the standard library refuse: each
// panic is recovered and its message printed (sizes computed at run time).
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

type Block struct {
	Data [64]byte
	Next *Block
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-16s %v\n", name+":", r)
		}
	}()
	f()
	fmt.Printf("%-16s ok\n", name+":")
}

func size(shift uint) int { return 1 << shift }

func main() {
	n := -len("four")
	try("slice neg", func() { _ = make([]int, n) })
	try("slice huge", func() { _ = make([]Block, size(60)) })
	try("slice cap<len", func() { _ = make([]byte, 10, 10+n*3) })
	try("chan neg", func() { _ = make(chan *Block, n) })
	try("map neg", func() { m := make(map[string]int, n); m["a"] = 1; fmt.Println(len(m)) })
	try("repeat neg", func() { _ = strings.Repeat("ab", n) })
	try("builder grow", func() {
		var b strings.Builder
		b.Grow(n)
	})
	try("buffer grow", func() {
		var b bytes.Buffer
		b.Grow(n)
	})
	try("unsafe.Slice", func() {
		var b Block
		_ = unsafe.Slice(&b.Data[0], n)
	})
	try("waitgroup", func() {
		var wg sync.WaitGroup
		wg.Add(1)
		wg.Done()
		wg.Done()
	})
	try("value nil", func() {
		var v atomic.Value
		v.Store(nil)
	})
	try("value type", func() {
		var v atomic.Value
		v.Store(&Block{})
		v.Store("not a block")
	})
	try("pool nil", func() {
		var p sync.Pool
		p.Put(nil)
		fmt.Println(p.Get() == nil)
	})
	try("repeat ok", func() { fmt.Println(len(strings.Repeat("xy", size(4)))) })
	try("make ok", func() {
		s := make([]Block, 3, size(3))
		s[2].Next = &s[0]
		fmt.Println(len(s), cap(s), s[2].Next == &s[0])
	})
}

package main

import (
	"fmt"
	"strings"
)

type Ring struct {
	buf  []int
	head int
}

func (r *Ring) Push(v int) {
	r.buf[r.head%len(r.buf)] = v
	r.head++
}

func (r *Ring) At(i int) int {
	return r.buf[i]
}

func safeAt(r *Ring, i int) (v int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	return r.At(i), nil
}

func main() {
	r := &Ring{buf: make([]int, 4)}
	for i := 1; i <= 6; i++ {
		r.Push(i * 10)
	}
	fmt.Println(r.buf, r.head)
	for _, i := range []int{0, 3, 4, -1} {
		v, err := safeAt(r, i)
		fmt.Println(i, v, err)
	}
	s := "héllo"
	func() {
		defer func() { fmt.Println("slice:", recover()) }()
		lo, hi := 3, 2
		fmt.Println(s[lo:hi])
	}()
	func() {
		defer func() { fmt.Println("slice3:", recover()) }()
		b := make([]byte, 2, 5)
		k := 6
		fmt.Println(b[1:2:k])
	}()
	func() {
		defer func() { fmt.Println("str:", recover()) }()
		i := 10
		fmt.Println(s[i])
	}()
	func() {
		defer func() { fmt.Println("conv:", recover()) }()
		arr := []int{1, 2, 3}
		p := (*[4]int)(arr)
		fmt.Println(p)
	}()
	words := strings.Fields("only three words")
	idx := len(words) + 2
	fmt.Println("about to index", idx)
	fmt.Println(words[idx])
}

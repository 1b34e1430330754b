package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

func render(name string, n int) string {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	defer bufPool.Put(b)
	b.WriteString("hello, ")
	b.WriteString(name)
	for i := 0; i < n; i++ {
		b.WriteByte('!')
	}
	return b.String()
}

func join(words []string) string {
	var sb strings.Builder
	sb.Grow(64)
	for i, w := range words {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(w)
	}
	return sb.String()
}

func squares(n int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}

func localOnly() int {
	buf := make([]byte, 0, 32)
	buf = append(buf, "abc"...)
	return len(buf)
}

func main() {
	fmt.Println(render("gopher", 3))
	fmt.Println(render("again", 1))
	fmt.Println(join([]string{"a", "b", "c"}))
	fmt.Println(squares(5), localOnly())
	var arr [4]int
	s := arr[:]
	s[2] = 7
	fmt.Println(arr)
}

package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
)

var kept []string

func heapMB() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc >> 20
}

func bigText(i int) string {
	return fmt.Sprintf("id-%04d|", i) + strings.Repeat("payload ", 1<<17)
}

func firstFieldShared(s string) string {
	i := strings.IndexByte(s, '|')
	return s[:i] // shares s's 1MB backing
}

func firstFieldCopy(s string) string {
	i := strings.IndexByte(s, '|')
	return string([]byte(s[:i]))
}

func firstFieldBuilder(s string) string {
	var b strings.Builder
	b.WriteString(s[:strings.IndexByte(s, '|')])
	return b.String()
}

func main() {
	base := heapMB()
	for i := 0; i < 8; i++ {
		kept = append(kept, firstFieldShared(bigText(i)))
	}
	shared := heapMB()
	fmt.Println("shared substrings pin the texts:", shared >= base+6, kept[7])
	kept = kept[:0:0]
	for i := 0; i < 8; i++ {
		kept = append(kept, firstFieldCopy(bigText(i)))
	}
	copied := heapMB()
	fmt.Println("copies release them:", copied <= base+1, kept[3])
	for i := range kept {
		kept[i] = firstFieldBuilder(bigText(i + 10))
	}
	fmt.Println("builder copies too:", heapMB() <= base+1, kept[0])

	idx := map[string]int{}
	line := []byte("go gc go heap go stack gc")
	for _, w := range bytes.Fields(line) {
		idx[string(w)]++
	}
	key := []byte("go")
	fmt.Println(idx[string(key)], idx["gc"], len(idx))
	key[0] = 'G'
	fmt.Println(idx[string(key)], idx["go"])
	if string(key) == "Go" {
		fmt.Println("compare without copy")
	}
	s := string(line[:5])
	line[0] = 'X'
	fmt.Println(s, string(line[:5]))
}

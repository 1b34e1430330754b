// Byte statistics with lookup tables: small inlined helpers indexing
// fixed arrays in the same statement as other indexes, closures that
// capture nothing (compiled before their function), and an anonymous
// struct embedding sync.Mutex shared with goroutines.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var weight [256]int
var upper [256]byte

func init() {
	for i := range weight {
		weight[i] = i % 7
		upper[i] = byte(i)
	}
	for c := 'a'; c <= 'z'; c++ {
		upper[c] = byte(c - 'a' + 'A')
	}
}

func w(b byte) int     { return weight[b] }
func up(b byte) byte   { return upper[b] }
func bucket(n int) int { return n & 7 }

func score(s string) (int, string) {
	var hist [8]int
	var out []byte
	total := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		hist[bucket(int(c))] += w(c)
		total += weight[c] + w(up(c))
		out = append(out, up(c))
	}
	return total + hist[3], string(out)
}

func main() {
	words := strings.FieldsFunc("alpha, beta; gamma delta", func(r rune) bool {
		return r == ',' || r == ';' || r == ' '
	})
	byLen := func(ws []string) {
		sort.Slice(ws, func(i, j int) bool { return len(ws[i]) < len(ws[j]) })
	}
	byLen(words)
	fmt.Println(words)

	stats := struct {
		sync.Mutex
		total map[string]int
	}{total: map[string]int{}}
	var wg sync.WaitGroup
	for _, word := range words {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			n, u := score(s)
			stats.Lock()
			stats.total[u] = n
			stats.Unlock()
		}(word)
	}
	wg.Wait()
	keys := make([]string, 0, len(stats.total))
	for k := range stats.total {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, stats.total[k], weight[k[0]]+w(k[1]))
	}
	strip := strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, "banana")
	fmt.Println(strip, up('q'), weight[up('z')])
}

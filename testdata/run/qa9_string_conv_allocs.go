// Conversions between string and []byte: when does gc avoid the copy?
// Map lookups with string(b), comparisons, range over []byte(s), small
// results in a stack buffer, concatenation. Counted with AllocsPerRun.
package main

import (
	"fmt"
	"strings"
	"testing"
)

var table = map[string]int{"alpha": 1, "beta": 2, "gamma": 3}

func lookup(b []byte) int { return table[string(b)] }

func equal(b []byte, s string) bool { return string(b) == s }

func countVowels(s string) int {
	n := 0
	for _, c := range []byte(s) {
		if strings.IndexByte("aeiou", c) >= 0 {
			n++
		}
	}
	return n
}

func upperLocal(s string) int {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	return len(string(b))
}

var sink string

func concat(a, b string) { sink = a + "-" + b }

func concatLocal(a, b string) int {
	s := a + "-" + b
	return len(s)
}

func runes(s string) int {
	return len([]rune(s))
}

func main() {
	key := []byte("beta")
	fmt.Println(lookup(key), equal(key, "beta"), countVowels("allocation"), upperLocal("stack"), runes("héllo"))
	concat("x", "y")
	fmt.Println(sink, concatLocal("left", "right"))

	long := strings.Repeat("abcdefgh", 8)
	fmt.Println("map lookup:", testing.AllocsPerRun(100, func() { lookup(key) }))
	fmt.Println("compare:", testing.AllocsPerRun(100, func() { equal(key, "beta") }))
	fmt.Println("range bytes:", testing.AllocsPerRun(100, func() { countVowels("allocation") }))
	fmt.Println("upper short:", testing.AllocsPerRun(100, func() { upperLocal("stack") }))
	fmt.Println("upper long:", testing.AllocsPerRun(100, func() { upperLocal(long) }))
	fmt.Println("concat global:", testing.AllocsPerRun(100, func() { concat("x", "y") }))
	fmt.Println("concat local:", testing.AllocsPerRun(100, func() { concatLocal("left", "right") }))
	fmt.Println("concat local long:", testing.AllocsPerRun(100, func() { concatLocal(long, long) }))
	fmt.Println("runes:", testing.AllocsPerRun(100, func() { runes("héllo") }))
}

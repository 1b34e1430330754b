// Allocation-free idioms and their -m: map lookups with string(bytes),
// small integers in interfaces, sort.Slice closures, strings.Builder Grow,
// string concatenation in a loop, []byte(s) that does not escape,
// strconv.Append*, bytes.Equal, time durations, struct values printed.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return p.Name + "(" + strconv.Itoa(p.Age) + ")" }

func Count(m map[string]int, data [][]byte) int {
	n := 0
	for _, b := range data {
		n += m[string(b)]
	}
	return n
}

func Concat(parts []string) string {
	s := ""
	for _, p := range parts {
		s += p + ";"
	}
	return s
}

func Build(parts []string) string {
	var b strings.Builder
	b.Grow(64)
	for i, p := range parts {
		fmt.Fprintf(&b, "%d=%s ", i, p)
	}
	return strings.TrimSpace(b.String())
}

func Upper(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		if c >= 'a' && c <= 'z' {
			n++
		}
	}
	return n
}

func Digits(xs []int) []byte {
	buf := make([]byte, 0, 32)
	for _, x := range xs {
		buf = strconv.AppendInt(buf, int64(x), 10)
		buf = append(buf, ',')
	}
	return buf
}

func ByAge(ps []Person) {
	sort.Slice(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age })
}

func Runes(s string) (int, int) {
	n := 0
	for range s {
		n++
	}
	return n, utf8.RuneCountInString(s)
}

func Same(a, b string) bool { return bytes.Equal([]byte(a), []byte(b)) }

func Timeout(ms int) time.Duration { return time.Duration(ms) * time.Millisecond }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(Count(m, [][]byte{[]byte("a"), []byte("b"), []byte("c")}))
	fmt.Println(Concat([]string{"x", "y"}), Build([]string{"p", "q"}))
	fmt.Println(Upper("Hello"), string(Digits([]int{1, 22, 333})))
	ps := []Person{{"ann", 40}, {"bob", 20}, {"cy", 30}}
	ByAge(ps)
	fmt.Println(ps, ps[0])
	fmt.Println(Runes("héllo"))
	fmt.Println(Same("ab", "ab"), Timeout(1500))
	var x any = 7
	var y any = 300
	var z any = "const"
	fmt.Println(x, y, z, Person{"dee", 1})
	fmt.Printf("%v|%+v|%s|%d\n", ps[1], ps[1], ps[2], len(ps))
}

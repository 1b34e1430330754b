// Text processing: strings.Builder, bytes.Buffer, strconv and the strings
// helpers a user reaches for, and where their buffers live.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Record struct {
	Name  string
	Score float64
	Tags  []string
}

func render(r Record) string {
	var b strings.Builder
	b.WriteString(r.Name)
	b.WriteByte(':')
	b.WriteString(strconv.FormatFloat(r.Score, 'f', 1, 64))
	if len(r.Tags) > 0 {
		b.WriteString(" [")
		b.WriteString(strings.Join(r.Tags, ","))
		b.WriteByte(']')
	}
	return b.String()
}

func parseLine(line string) (Record, error) {
	fields := strings.Fields(line)
	if len(fields) < 2 {
		return Record{}, fmt.Errorf("short line %q", line)
	}
	score, err := strconv.ParseFloat(fields[1], 64)
	if err != nil {
		return Record{}, err
	}
	return Record{Name: fields[0], Score: score, Tags: fields[2:]}, nil
}

func table(rows []Record) []byte {
	var buf bytes.Buffer
	for i, r := range rows {
		fmt.Fprintf(&buf, "%2d %-6s %5.1f\n", i+1, r.Name, r.Score)
	}
	return buf.Bytes()
}

func appendNums(dst []byte, nums []int) []byte {
	for i, n := range nums {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = strconv.AppendInt(dst, int64(n), 10)
	}
	return dst
}

func titleCase(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if w == "" {
			continue
		}
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

func countVowels(s string) int {
	n := 0
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune("aeiou", r) {
			n++
		}
	}
	return n
}

func main() {
	lines := []string{"ann 9.5 red fast", "bob 7.25", "cy", "dee 8 blue"}
	var recs []Record
	for _, l := range lines {
		r, err := parseLine(l)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		recs = append(recs, r)
	}
	for _, r := range recs {
		fmt.Println(render(r))
	}
	fmt.Print(string(table(recs)))

	var scratch [32]byte
	out := appendNums(scratch[:0], []int{3, 14, 159})
	fmt.Println(string(out))

	fmt.Println(titleCase("hello big world"), countVowels("Escape Analysis"))
	fmt.Println(strconv.Quote("tab\there"), strings.Repeat("=", 5))
	fmt.Println(strings.TrimSpace("  x  "), strings.ToUpper("go"), strings.HasPrefix("gosub", "go"))
	n, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(n, err, strconv.FormatInt(-42, 2))
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
	key := []byte("k1")
	m := map[string]int{"k1": 1}
	fmt.Println(m[string(key)], bytes.Equal(key, []byte("k1")))
}

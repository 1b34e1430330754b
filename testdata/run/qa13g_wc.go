package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A wc/uniq-like tool reading its standard input (qa13g_wc.in).

type stats struct {
	lines, words, bytes, runes int
	longest                    string
	blank                      int
}

func (s stats) String() string {
	return fmt.Sprintf("%7d %7d %7d %7d", s.lines, s.words, s.bytes, s.runes)
}

type freq struct {
	word  string
	count int
}

func topN(m map[string]int, n int) []freq {
	fs := make([]freq, 0, len(m))
	for w, c := range m {
		fs = append(fs, freq{w, c})
	}
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].count != fs[j].count {
			return fs[i].count > fs[j].count
		}
		return fs[i].word < fs[j].word
	})
	if len(fs) > n {
		fs = fs[:n]
	}
	return fs
}

func normalize(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.ToLower(w)
}

func main() {
	var st stats
	words := map[string]int{}
	var prev string
	dupRuns := 0
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		st.lines++
		st.bytes += len(line) + 1
		st.runes += utf8.RuneCountInString(line) + 1
		if strings.TrimSpace(line) == "" {
			st.blank++
		}
		if len(line) > len(st.longest) {
			st.longest = line
		}
		if line == prev && line != "" {
			dupRuns++
		}
		prev = line
		for _, w := range strings.Fields(line) {
			st.words++
			if n := normalize(w); n != "" {
				words[n]++
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read error:", err)
		os.Exit(1)
	}
	fmt.Println(st, "stdin")
	fmt.Printf("blank=%d dup-lines=%d distinct=%d\n", st.blank, dupRuns, len(words))
	fmt.Printf("longest (%d bytes): %q\n", len(st.longest), st.longest)
	for i, f := range topN(words, 6) {
		fmt.Printf("%2d. %-10s %3d %s\n", i+1, f.word, f.count, strings.Repeat("*", f.count))
	}
	var letters, upper, digits, spaces, punct int
	for w := range words {
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				upper++
			case unicode.IsLetter(r):
				letters++
			case unicode.IsDigit(r):
				digits++
			case unicode.IsSpace(r):
				spaces++
			default:
				punct++
			}
		}
	}
	fmt.Println(letters, upper, digits, spaces, punct)
	if st.words == 0 {
		os.Exit(3)
	}
}

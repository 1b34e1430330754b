package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go was designed at Google in 2007 to improve
programming productivity in an era of multicore, networked machines and
large codebases. The designers wanted to address criticisms of other
languages in use at Google, but keep their useful characteristics:
static typing and run-time efficiency (like C); readability and
usability (like Python); high-performance networking and multiprocessing.
Ünïcödé wörds àrë hérè tóó — naïve café résumé.`

type WordStat struct {
	Word  string
	Count int
	Lines []int
}

type Index struct {
	words map[string]*WordStat
	lines int
	runes int
	bytes int
}

func NewIndex() *Index { return &Index{words: make(map[string]*WordStat)} }

func (ix *Index) Feed(r io.Reader) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		ix.lines++
		line := sc.Text()
		ix.bytes += len(line)
		ix.runes += utf8.RuneCountInString(line)
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			w = strings.ToLower(strings.Trim(w, "-"))
			if w == "" {
				continue
			}
			st := ix.words[w]
			if st == nil {
				st = &WordStat{Word: w}
				ix.words[w] = st
			}
			st.Count++
			if n := len(st.Lines); n == 0 || st.Lines[n-1] != ix.lines {
				st.Lines = append(st.Lines, ix.lines)
			}
		}
	}
	return sc.Err()
}

func (ix *Index) Top(n int) []*WordStat {
	all := make([]*WordStat, 0, len(ix.words))
	for _, s := range ix.words {
		all = append(all, s)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Count != all[j].Count {
			return all[i].Count > all[j].Count
		}
		return all[i].Word < all[j].Word
	})
	if n < len(all) {
		all = all[:n]
	}
	return all
}

func wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(s) {
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		case r == '—':
			return -1
		}
		return r
	}, s)
}

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	ix := NewIndex()
	if err := ix.Feed(strings.NewReader(text)); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("lines", ix.lines, "bytes", ix.bytes, "runes", ix.runes, "distinct", len(ix.words))
	for _, s := range ix.Top(6) {
		fmt.Printf("%-12s %2d %v\n", s.Word, s.Count, s.Lines)
	}
	for i, l := range wrap(text, 40)[:5] {
		fmt.Printf("%2d|%-40s|\n", i, l)
	}
	last := strings.Split(text, "\n")[7]
	enc := caesar(last, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3) == strings.ReplaceAll(last, "—", ""))
	fmt.Println(reverseRunes("héllo, 世界"))
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "row %d: %q\n", i, strings.Repeat("ab", i))
	}
	fmt.Println(buf.Len())
	w.Flush()
	fmt.Print(buf.String())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a<b && c>d"))
	bad := string([]byte{'a', 0xff, 'b', 0xc3})
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), []byte(bad), strings.ToValidUTF8(bad, "?"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.Title("hello world"), strings.Count("cheese", "e"))
	fields := bytes.Fields([]byte("  a  bb   ccc "))
	fmt.Printf("%q %s\n", fields, bytes.Join(fields, []byte("-")))
}

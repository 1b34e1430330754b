// A text-utility toolkit: every function exercised on the same inputs, as
// a library's example test would: splitting, trimming, searching,
// replacing, case mapping, builders and readers.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	s := "  The quick brown fox, the lazy dog; THE end.  "
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(s), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabbcc", "ab"))
	fmt.Printf("%q %q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.tar.gz", ".gz"), strings.TrimRight("path///", "/"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)

	fmt.Println("== search")
	low := strings.ToLower(s)
	fmt.Println(strings.Count(low, "the"), strings.Count("five", ""), strings.Index(low, "the"), strings.LastIndex(low, "the"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > unicode.MaxASCII }), strings.LastIndexByte("abcabc", 'b'))
	fmt.Println(strings.Contains(s, "fox"), strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'Q'), strings.HasPrefix(s, "  The"), strings.HasSuffix(s, ".  "))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("σ", "Σ"), strings.Compare("a", "b"), strings.Compare("b", "a"))

	fmt.Println("== replace and map")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1), strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(r.Replace(`<a href="x">Tom & Jerry</a>`))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"), strings.NewReplacer("", "X").Replace("ab"))
	n, err := r.WriteString(&strings.Builder{}, "<>")
	fmt.Println(n, err)
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"), strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, " a b\tc\n"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ΑΒΓ ÀÉÎ"), strings.ToTitle("loud"), strings.Title("hello wide world"))
	fmt.Println(strings.ToUpper("ǆ ß ﬁ"), strings.ToTitle("ǆ"), strings.ToLower("İ"), len(strings.ToLower("İ")))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "", strings.Join([]string{"x", "y", "z"}, "/"), strings.Join(nil, ","))
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))

	fmt.Println("== builder and reader")
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap())
	b.Grow(64)
	fmt.Println(b.Len(), b.Cap() >= 64)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d:%s;", i, strings.Repeat("*", i))
	}
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())

	rd := strings.NewReader("línea uno\nlínea dos\n")
	fmt.Println(rd.Len(), rd.Size())
	ch, size, _ := rd.ReadRune()
	fmt.Println(string(ch), size, rd.Len())
	rd.UnreadRune()
	buf := make([]byte, 6)
	k, _ := rd.Read(buf)
	fmt.Printf("%q %d\n", buf[:k], rd.Len())
	rd.Seek(-4, io.SeekEnd)
	rest, _ := io.ReadAll(rd)
	fmt.Printf("%q\n", rest)
	at := make([]byte, 5)
	rd.ReadAt(at, 1)
	fmt.Printf("%q\n", at)
	_, err = rd.ReadByte()
	fmt.Println(err)

	fmt.Println("== word wrap")
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems."
	for _, line := range wrap(text, 28) {
		fmt.Printf("|%-28s|\n", line)
	}
	fmt.Println(center("title", 15, '*'), center("even", 9, '='))
}

func wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(s) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
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

func center(s string, w int, pad rune) string {
	if len(s) >= w {
		return s
	}
	left := (w - len(s)) / 2
	return strings.Repeat(string(pad), left) + s + strings.Repeat(string(pad), w-len(s)-left)
}

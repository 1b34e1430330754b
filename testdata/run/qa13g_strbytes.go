package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func show(label string, v interface{}) { fmt.Printf("%-14s %q\n", label, v) }

func main() {
	s := "  The quick, brown fox; jumps over   the lazy dog.  "
	show("Fields", strings.Fields(s))
	show("FieldsFunc", strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }))
	show("Split", strings.Split("a,b,,c,", ","))
	show("SplitN", strings.SplitN("a,b,c,d", ",", 2))
	show("SplitN0", strings.SplitN("a,b", ",", 0))
	show("SplitAfter", strings.SplitAfter("a,b,c", ","))
	show("SplitEmpty", strings.Split("héllo", ""))
	show("SplitNone", strings.Split("", ","))
	show("TrimSpace", strings.TrimSpace(s))
	show("Trim", strings.Trim("xxhixyx", "xy"))
	show("TrimLeft", strings.TrimLeft("aabbcc", "ab"))
	show("TrimPrefix", strings.TrimPrefix("aabbcc", "ab"))
	show("TrimPrefix2", strings.TrimPrefix("aabbcc", "aa"))
	show("TrimSuffix", strings.TrimSuffix("file.tar.gz", ".gz"))
	show("TrimFunc", strings.TrimFunc("123abc456", unicode.IsDigit))
	show("Title", strings.ToTitle("ǆemo"))
	show("Upper", strings.ToUpper("straße ǆ"))
	show("Lower", strings.ToLower("İSTANBUL"))
	show("Map", strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "bAnaNa Split"))
	show("Replace", strings.Replace("oink oink oink", "k", "ky", 2))
	show("ReplaceAll", strings.ReplaceAll("oink oink", "oink", "moo"))
	show("ReplaceEmpty", strings.Replace("abc", "", "-", -1))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	show("Replacer", r.Replace("a<b && c>d"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	show("Replacer2", r2.Replace("aaaa"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ß", "SS"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "gl"), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'c'), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.HasPrefix("prefix", "pre"), strings.HasSuffix("suffix", "fix"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Repeat("ab", 3), strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d:", i)
		sb.WriteByte('a' + byte(i))
		sb.WriteRune('→')
	}
	sb.WriteString("end")
	fmt.Println(sb.String(), sb.Len())
	sr := strings.NewReader("abcdef")
	b := make([]byte, 4)
	n, _ := sr.Read(b)
	fmt.Println(n, string(b[:n]), sr.Len())

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	nb := buf.Next(3)
	fmt.Printf("%q %q\n", nb, buf.String())
	buf.Truncate(1)
	fmt.Printf("%q\n", buf.String())
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	bs := []byte("  Bytes And Things  ")
	fmt.Printf("%q\n", bytes.TrimSpace(bs))
	fmt.Printf("%q\n", bytes.Fields(bs))
	fmt.Printf("%q\n", bytes.ToUpper(bs))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains(bs, []byte("And")), bytes.Index(bs, []byte("Things")), bytes.Count(bs, []byte(" ")))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte(", ")))
	fmt.Printf("%q\n", bytes.Title([]byte("hello world")))
	fmt.Printf("%q\n", bytes.Repeat([]byte("-"), 5))
	fmt.Printf("%q\n", bytes.Map(unicode.ToUpper, []byte("shout")))
	bb, ba, ok := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", bb, ba, ok)
	fmt.Println(strings.Title("hello wide world"), strings.LastIndexByte("abcabc", 'b'))
	fmt.Println(strings.ContainsAny("", ""), strings.Index("", ""), strings.Fields(""), len(strings.Fields("   ")))
}

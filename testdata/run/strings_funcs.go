// strings: searching, splitting, joining, case, trimming, Builder growth.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	fmt.Println(strings.Contains(s, "World"), strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.Count(s, "l"))
	fmt.Println(strings.HasPrefix(s, "  He"), strings.HasSuffix(s, "!  "), strings.IndexByte(s, 'W'), strings.IndexRune(s, 'G'))
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q %q %q\n", strings.Trim(s, " !"), strings.TrimLeft(s, " H"), strings.TrimPrefix("prefix-x", "prefix-"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Fields("  one two\tthree\n four  "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀÉÎ GO"), strings.Title("go is fun"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("ß", "SS"), strings.Compare("a", "b"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3"))
	var b strings.Builder
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&b, "%d,", i)
		fmt.Println(b.Len(), b.Cap())
	}
	fmt.Println(b.String())
	var b2 strings.Builder
	b2.Grow(10)
	b2.WriteString("abc")
	b2.WriteByte('d')
	b2.WriteRune('é')
	fmt.Println(b2.String(), b2.Len(), b2.Cap())
	r := strings.NewReader("reader")
	fmt.Println(r.Len())
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.TrimRight("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
}

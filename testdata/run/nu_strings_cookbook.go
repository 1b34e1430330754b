// A strings/strconv/unicode cookbook: every helper a text-processing
// tutorial reaches for, printed as a table of input and output.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func row(name string, v interface{}) {
	fmt.Printf("%-22s %#v\n", name, v)
}

func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		if n > 0 && n+1+len(w) > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func main() {
	s := "  Hello, Wörld! Go is fun; go IS great.  "
	row("TrimSpace", strings.TrimSpace(s))
	row("Trim", strings.Trim(s, " .!H"))
	row("TrimLeft/Right", strings.TrimRight(strings.TrimLeft(s, " "), ". "))
	row("TrimPrefix/Suffix", strings.TrimSuffix(strings.TrimPrefix("prefix-body-suffix", "prefix-"), "-suffix"))
	row("TrimFunc", strings.TrimFunc("123abc456", unicode.IsDigit))
	row("Fields", strings.Fields(s))
	row("FieldsFunc", strings.FieldsFunc("a,b;;c d", func(r rune) bool { return r == ',' || r == ';' || r == ' ' }))
	row("Split", strings.Split("a,b,,c", ","))
	row("SplitN", strings.SplitN("a,b,,c", ",", 2))
	row("SplitAfter", strings.SplitAfter("a,b,c", ","))
	row("Cut", fmt.Sprint(strings.Cut("key=value=x", "=")))
	row("Contains/Any/Rune", []bool{strings.Contains(s, "fun"), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'ö')})
	row("Index/LastIndex", []int{strings.Index(s, "go"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'W'), strings.IndexRune(s, 'ö'), strings.IndexAny(s, ";!"), strings.Index(s, "zz")})
	row("IndexFunc", strings.IndexFunc(s, unicode.IsPunct))
	row("Count", []int{strings.Count(s, "o"), strings.Count("five", ""), strings.Count("aaaa", "aa")})
	row("EqualFold", []bool{strings.EqualFold("Go", "GO"), strings.EqualFold("ß", "SS")})
	row("HasPrefix/Suffix", []bool{strings.HasPrefix(s, "  H"), strings.HasSuffix(s, ". ")})
	row("Replace", strings.Replace("oink oink oink", "k", "ky", 2))
	row("ReplaceAll", strings.ReplaceAll("oink oink", "oink", "moo"))
	row("NewReplacer", strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;").Replace("<a href=\"x&y\">"))
	row("ToUpper/Lower/Title", []string{strings.ToUpper("héllo"), strings.ToLower("ÀBC"), strings.Title("hello wide world")})
	row("Map", strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xx bandana"))
	row("Repeat/Join", strings.Join([]string{strings.Repeat("ab", 3), "", "c"}, "-"))
	row("Compare", []int{strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x")})
	row("camelToSnake", camelToSnake("parseHTTPRequestID"))
	row("reverse", reverse("Hello, 世界"))
	row("palindromes", []bool{isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Go gopher")})
	for i, l := range wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 20) {
		fmt.Printf("wrap %d: %-20s|\n", i, l)
	}

	row("Itoa/Atoi", strconv.Itoa(-42))
	if _, err := strconv.Atoi("12a"); err != nil {
		row("Atoi error", err.Error())
	}
	if _, err := strconv.ParseInt("300", 10, 8); err != nil {
		ne := err.(*strconv.NumError)
		row("ParseInt range", []string{ne.Func, ne.Num, ne.Err.Error()})
	}
	v, _ := strconv.ParseInt("-0x1f", 0, 64)
	u, _ := strconv.ParseUint("0b1011", 0, 64)
	o, _ := strconv.ParseInt("0o17", 0, 64)
	row("ParseInt base 0", []int64{v, int64(u), o})
	row("FormatInt bases", []string{strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36), strconv.FormatUint(1<<63, 10)})
	f := 1234.5678
	row("FormatFloat", []string{strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(1e21, 'g', -1, 64)})
	pf, err := strconv.ParseFloat("1e400", 64)
	row("ParseFloat overflow", fmt.Sprint(pf, " ", err))
	b, err := strconv.ParseBool("T")
	row("ParseBool", fmt.Sprint(b, err))
	row("Quote", []string{strconv.Quote("tab\there \"q\" é ☺ \x00"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺')})
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	row("Unquote", fmt.Sprint(uq, " ", err))
	_, err = strconv.Unquote("'ab'")
	row("Unquote error", fmt.Sprint(err))
	row("AppendInt/Quote", string(strconv.AppendQuote(strconv.AppendInt([]byte("n="), 7, 10), "x")))

	row("RuneCount/Len", []int{utf8.RuneCountInString("héllo, 世界"), len("héllo, 世界"), utf8.RuneLen('世'), utf8.RuneLen('a')})
	r, size := utf8.DecodeRuneInString("世界")
	lr, lsize := utf8.DecodeLastRuneInString("世界")
	row("DecodeRune", fmt.Sprintf("%c %d %c %d", r, size, lr, lsize))
	row("ValidString", []bool{utf8.ValidString("ok"), utf8.ValidString("\xff")})
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	row("EncodeRune", fmt.Sprintf("% x %d", buf[:n], n))
	var classes []string
	for _, r := range "aZ5 _!é\t" {
		classes = append(classes, fmt.Sprintf("%q:%t%t%t%t%t", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r)))
	}
	row("unicode classes", classes)
}

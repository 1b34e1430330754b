package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xC0\xAFc\xff\xfe", "\uFFFD"))
	fmt.Printf("%q\n", strings.ToValidUTF8("valid ✓", "?"))
	fmt.Printf("%q\n", strings.ToValidUTF8("\xed\xa0\x80x", ""))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xffb\xC0\xAFc"), []byte("<?>")))

	f := bytes.FieldsFunc([]byte("  a,b;;c  d,"), func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) })
	for _, x := range f {
		fmt.Printf("%q len=%d cap=%d ", x, len(x), cap(x))
	}
	fmt.Println(len(bytes.FieldsFunc(nil, unicode.IsSpace)))
	fmt.Println(bytes.LastIndexAny([]byte("go gopher"), "ordent"), bytes.LastIndexAny([]byte("go gopher"), ""), bytes.LastIndexAny([]byte("héllo"), "é"), bytes.LastIndexAny([]byte("x\xff"), "\uFFFD"))
	fmt.Printf("%s %s\n", bytes.Title([]byte("hello wide-world of_go ünïcode")), bytes.ToTitle([]byte("loud ǆ")))

	for _, s := range []string{`\n rest`, `\x41z`, `\u263a!`, `\U0001F600`, `\101`, `\'`, `\"`, `é`, `'`, `\q`, `\400`, `\uD800`, `\x4`, `"`, ``, `\`} {
		for _, q := range []byte{'"', '\''} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("%q %c: %q %v %q %v\n", s, q, v, mb, tail, err)
		}
	}
	for _, s := range []string{`"hello" world`, "`raw\nstr` x", `'a' b`, `'ab'`, `"unterminated`, `"bad\qesc"`, `"new
line"`, `x"y"`, `"\u263a\"inner\"" tail`, `'\''`, `""`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q -> %q %v\n", s, p, err)
	}
}

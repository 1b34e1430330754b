package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"plain", "tab\tnl\n", "é ünïcode", "\x00\x7f\xff", "☺ smile", `back\slash "q"`} {
		fmt.Printf("%-14q Quote=%s ASCII=%s Graphic=%s\n", s, strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
	for _, r := range []rune{'a', '\'', '\n', 'é', 0x2028, 0x10FFFF + 1, -1} {
		fmt.Printf("%s %s %v %v\n", strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u00e9\x41\101"`, `"bad`, `"\q"`, `'ab'`, `"a"b"`, `""`} {
		u, err := strconv.Unquote(q)
		fmt.Printf("Unquote(%s) = %q, %v\n", q, u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263aXYZ`, '"')
	fmt.Println(v, mb, tail, err)
	for _, in := range []string{"0x1F", "0b101", "0o17", "017", "1_000", "-0x80", "9223372036854775808", "", "12a"} {
		n, err := strconv.ParseInt(in, 0, 64)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("ParseInt(%q): func=%s num=%q err=%v range=%v\n", in, ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
			continue
		}
		fmt.Printf("ParseInt(%q) = %d\n", in, n)
	}
	for _, bs := range []int{8, 16, 32} {
		_, err := strconv.ParseInt("40000", 10, bs)
		u, err2 := strconv.ParseUint("-1", 10, bs)
		fmt.Println(bs, err, u, err2)
	}
	for _, b := range []int{2, 7, 16, 36} {
		fmt.Print(strconv.FormatInt(-1234567, b), " ", strconv.FormatUint(1<<63, b), "; ")
	}
	fmt.Println()
	buf := strconv.AppendQuote([]byte("q:"), "hi")
	buf = strconv.AppendInt(append(buf, ' '), -42, 10)
	buf = strconv.AppendBool(append(buf, ' '), true)
	buf = strconv.AppendFloat(append(buf, ' '), 1.0/3, 'f', 4, 32)
	fmt.Println(string(buf))
	for _, f := range []float64{0.1, 1e21, 123456789, 1.5e-10, 2.0} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', -1, 32), strconv.FormatFloat(f, 'G', 4, 64))
	}
	for _, in := range []string{"1e400", "-1e400", "0x1p-2", "inf", "-Inf", "nan", "1e-400", ".5", "1_0.5", "0x"} {
		f, err := strconv.ParseFloat(in, 64)
		fmt.Println(in, f, err)
	}
	for _, in := range []string{"t", "TRUE", "yes", "0", "F"} {
		b, err := strconv.ParseBool(in)
		fmt.Println(in, b, err)
	}
	fmt.Println(strconv.Itoa(-0), strconv.CanBackquote("a`b"), strconv.CanBackquote("ok\t"))
}

package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func tryInt(s string, base, bits int) {
	v, err := strconv.ParseInt(s, base, bits)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("ParseInt(%q,%d,%d) = %d err=%v [func=%s num=%q range=%v syntax=%v]\n", s, base, bits, v, err, ne.Func, ne.Num, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
			return
		}
	}
	fmt.Printf("ParseInt(%q,%d,%d) = %d\n", s, base, bits, v)
}

func tryUint(s string, base, bits int) {
	v, err := strconv.ParseUint(s, base, bits)
	fmt.Printf("ParseUint(%q,%d,%d) = %d %v\n", s, base, bits, v, err)
}

func tryFloat(s string, bits int) {
	v, err := strconv.ParseFloat(s, bits)
	fmt.Printf("ParseFloat(%q,%d) = %v %v\n", s, bits, v, err)
}

func main() {
	tryInt("123", 10, 64)
	tryInt("-128", 10, 8)
	tryInt("128", 10, 8)
	tryInt("-129", 10, 8)
	tryInt("0x1F", 0, 64)
	tryInt("0b1011", 0, 64)
	tryInt("0o17", 0, 64)
	tryInt("017", 0, 64)
	tryInt("1_000_000", 0, 64)
	tryInt("1_000", 10, 64)
	tryInt("zz", 36, 64)
	tryInt("", 10, 64)
	tryInt("12a", 10, 64)
	tryInt("9223372036854775808", 10, 64)
	tryInt("-9223372036854775808", 10, 64)
	tryInt("+5", 10, 0)
	tryInt("7", 1, 64)
	tryUint("18446744073709551615", 10, 64)
	tryUint("18446744073709551616", 10, 64)
	tryUint("-1", 10, 64)
	tryUint("300", 10, 8)
	tryUint("FF", 16, 8)
	for _, s := range []string{"42", " 42", "-0", "+7", "99999999999999999999", "4.2"} {
		n, err := strconv.Atoi(s)
		fmt.Println("Atoi", strconv.Quote(s), n, err)
	}
	tryFloat("3.14", 64)
	tryFloat("1e400", 64)
	tryFloat("-1e400", 64)
	tryFloat("1e-400", 64)
	tryFloat("inf", 64)
	tryFloat("-Infinity", 64)
	tryFloat("nan", 64)
	tryFloat("0x1p-2", 64)
	tryFloat("1_000.5", 64)
	tryFloat("3.4028236e38", 32)
	tryFloat("0.1", 32)
	tryFloat(".5e1", 64)
	tryFloat("1e", 64)
	for _, f := range []float64{0, 1, -1.5, 0.1, 1.0 / 3, 1e21, 1e20, 123456789.0, 1e-7, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(-1), math.NaN()} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'G', 4, 64), strconv.FormatFloat(f, 'f', 2, 32))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'b', -1, 64), strconv.FormatFloat(2.5, 'x', -1, 64), strconv.FormatFloat(1.0, 'x', 3, 64))
	for _, n := range []int64{0, 255, -255, math.MaxInt64, math.MinInt64} {
		fmt.Println(strconv.FormatInt(n, 2), strconv.FormatInt(n, 16), strconv.FormatInt(n, 36))
	}
	fmt.Println(strconv.FormatUint(math.MaxUint64, 10), strconv.FormatUint(math.MaxUint64, 7))
	for _, s := range []string{"hello", "tab\there", "quote\"q", "日本語", "\x00\x7f\xff", "emoji😀", "\u2028"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\n'), strconv.QuoteRune(0x10FFFF+1))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u00e9"`, `"bad`, `abc`, `"\q"`, `'ab'`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q %v\n", s, u, err)
	}
	for _, s := range []string{"1", "t", "TRUE", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println("ParseBool", s, b, err)
	}
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 2.75, 'f', 1, 64)
	buf = strconv.AppendUint(buf, 7, 8)
	fmt.Println(string(buf))
	fmt.Println(strconv.Itoa(-0), strconv.Itoa(math.MinInt64), strconv.IsPrint('\u00ad'), strconv.IsGraphic(' '), strconv.CanBackquote("a`b"))
	c, err := strconv.ParseComplex("1+2i", 128)
	fmt.Println(c, err)
}

// strconv at its edges: bases, bit sizes, range and syntax errors with
// their exact texts, quoting in all its forms, float formatting in every
// format and precision, and the Append* family.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println("== ParseInt / ParseUint")
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"42", 10, 64}, {"-42", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"0x1F", 0, 64}, {"0b1011", 0, 8},
		{"0o777", 0, 16}, {"0777", 0, 16}, {"1_000_000", 0, 32}, {"1_000", 10, 32}, {"zz", 36, 64}, {"ZZ", 36, 64},
		{"9223372036854775808", 10, 64}, {"-9223372036854775808", 10, 64}, {"", 10, 64}, {"+7", 10, 64},
		{"12a", 10, 64}, {"ff", 16, 4}, {"7", 1, 64}, {"7", 37, 64}, {"1", 10, 65},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, v, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616", "0xFFFF"} {
		v, err := strconv.ParseUint(s, 0, 8)
		u, err2 := strconv.ParseUint(s, 0, 64)
		fmt.Println("ParseUint", s, v, err, u, err2)
	}
	_, err := strconv.Atoi("99999999999999999999")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange, errors.Is(err, strconv.ErrRange))
	_, err = strconv.Atoi(" 1")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))

	fmt.Println("== Format")
	for _, b := range []int{2, 3, 8, 10, 16, 36} {
		fmt.Print(strconv.FormatInt(-255, b), " ", strconv.FormatUint(math.MaxUint64, b), " | ")
	}
	fmt.Println()
	fmt.Println(strconv.Itoa(math.MinInt64), strconv.FormatBool(true), strconv.Itoa(0))

	fmt.Println("== floats")
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e20, 123456789, 0.000001234, 5e-324, math.MaxFloat64, math.Inf(-1), math.NaN(), 100, 2.5e-8}
	for _, v := range vals {
		fmt.Printf("%-24s %-24s %-14s %-12s %s\n",
			strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'G', 4, 32), strconv.FormatFloat(v, 'x', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'f', -1, 64), strconv.FormatFloat(1.0/3, 'b', -1, 64))
	fmt.Println(strconv.FormatFloat(123.456, 'f', 0, 64), strconv.FormatFloat(0.5, 'f', 0, 64), strconv.FormatFloat(1.5, 'f', 0, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	for _, s := range []string{"3.14", "1e400", "-1e400", "1e-400", "0x1p-2", "inf", "-Infinity", "nan", "1_000.5", ".5", "5.", "1e", "0x1.8p1", "+.e1"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%-10q %v %v | %v %v\n", s, f, err, g, err32)
	}

	fmt.Println("== bool")
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, " ", err != nil, "; ")
	}
	fmt.Println()

	fmt.Println("== quoting")
	strs := []string{"plain", "tab\tnew\nline", `"quoted"`, "ünïcødé", "\x00\x7f\xff", "emoji 😀", "\u2028", "back\\slash"}
	for _, s := range strs {
		fmt.Printf("%-28s %-40s %s\n", strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
	for _, r := range []rune{'a', '\'', '\n', 'é', 0x1F600, 0xD800, -1} {
		fmt.Print(strconv.QuoteRune(r), " ", strconv.QuoteRuneToASCII(r), " | ")
	}
	fmt.Println()
	fmt.Println(strconv.CanBackquote("abc"), strconv.CanBackquote("a`b"), strconv.CanBackquote("a\nb"), strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u00a0'))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u00e9\x41\101"`, `"unterminated`, `'ab'`, `"\q"`, `abc`, `"\xff"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("Unquote(%s) = %q %v\n", q, s, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)

	fmt.Println("== append")
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -12, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 255, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 2.0/3, 'f', 4, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, false)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q\"")
	buf = strconv.AppendQuoteRune(buf, '☺')
	buf = strconv.AppendQuoteToASCII(buf, "☺")
	fmt.Println(string(buf), len(buf))
}

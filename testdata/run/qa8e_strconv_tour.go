package main

import (
	"errors"
	"fmt"
	"strconv"
)

func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	out := []byte{}
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

func main() {
	for _, n := range []int64{0, 7, -255, 1 << 40, -9223372036854775808} {
		fmt.Printf("%-22s b2=%s b16=%s b36=%s\n", commas(n), strconv.FormatInt(n%1024, 2), strconv.FormatInt(n, 16), strconv.FormatInt(n, 36))
	}
	fmt.Println(strconv.FormatUint(18446744073709551615, 16), strconv.Itoa(-45))
	inputs := []string{"42", "-17", "0x1F", "1_000", "99999999999999999999", "", "3.5", "0b101", "0o17", "+8"}
	for _, in := range inputs {
		i, err := strconv.ParseInt(in, 0, 64)
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%-22q ok %d\n", in, i)
		case errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange):
			fmt.Printf("%-22q range %d (%v)\n", in, i, err)
		case errors.Is(err, strconv.ErrSyntax):
			fmt.Printf("%-22q syntax: %v\n", in, err)
		}
	}
	u8, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u8, err)
	i16, err := strconv.ParseInt("-7f", 16, 16)
	fmt.Println(i16, err)
	for _, s := range []string{"3.14159", "1e10", "-0.0", "inf", "NaN", "1e400", "0x1p-2", ".5", "abc"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, f := range []float64{3.0, 0.1, 1.0 / 3, 1e21, 123456789.125, -2.5e-8} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'f', 2, 64))
	}
	for _, s := range []string{"hello", "tab\there", "quote\"s", "日本", "\x00\xff", "emoji😀"} {
		q := strconv.Quote(s)
		uq, err := strconv.Unquote(q)
		fmt.Println(q, strconv.QuoteToASCII(s), uq == s, err)
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.Quote(string(rune(0x7f))))
	for _, s := range []string{"`raw`", "'x'", "\"bad", "'ab'"} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
	for _, s := range []string{"true", "F", "1", "yes", "TRUE"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -99, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, false)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 2.75, 'g', -1, 64)
	fmt.Println(string(buf))
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"), strconv.IntSize)
}

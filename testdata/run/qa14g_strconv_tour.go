package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func parseFloats() {
	inputs := []string{"3.14159", "1e400", "-1e-400", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", "1e", ".5", "+.5e+2", "0x1.8p1", "12abc"}
	for _, s := range inputs {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("%-10s -> %v (func=%s num=%q err=%v range=%v)\n", s, f, ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
				continue
			}
		}
		fmt.Printf("%-10s -> %v\n", s, f)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, float32(f32), err)
}

func parseInts() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"0x7f", 0, 8}, {"0b1010", 0, 64},
		{"0o777", 0, 64}, {"0777", 0, 64}, {"1_000_000", 0, 64}, {"1_000", 10, 64},
		{"zz", 36, 64}, {"ZZ", 36, 64}, {"", 10, 64}, {"9223372036854775808", 10, 64},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v\n", c.s, c.base, c.bits, v, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	n, err := strconv.Atoi(" 42")
	fmt.Println(n, err)
	_, err = strconv.ParseInt("5", 1, 64)
	fmt.Println(err)
}

func formatting() {
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Printf("base %2d: %s %s\n", base, strconv.FormatInt(-255, base), strconv.FormatUint(math.MaxUint64, base))
	}
	fmt.Println(strconv.FormatInt(math.MinInt64, 10), strconv.Itoa(0))
	for _, f := range []float64{0, 1, -0.0, 1.0 / 3, 1e21, 1e20, 123456789.125, 5e-324, math.MaxFloat64} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'G', 4, 32))
	}
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(255, 'x', -1, 64), strconv.FormatFloat(1, 'b', -1, 64))
	b := []byte("n=")
	b = strconv.AppendInt(b, -77, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendFloat(b, 0.000001, 'g', -1, 64)
	fmt.Println(string(b))
}

func quoting() {
	strs := []string{"hello", "tab\there", "quote\"s", "back\\slash", "日本語", "\x00\x7f\xff", "emoji 😀", "\u2028"}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
	fmt.Println(strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('é'), strconv.Quote(string(rune(0x10ffff))))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"unterminated`, `"\u00e9\x41"`, `"\z"`, `''`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("Unquote(%s) = %q, %v\n", q, s, err)
	}
	fmt.Println(strconv.CanBackquote("ok`no"), strconv.CanBackquote("fine"), strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u3000'))
	v, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(v, mb, tail, err)
	bv, err := strconv.ParseBool("T")
	fmt.Println(bv, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
}

func main() {
	parseFloats()
	parseInts()
	formatting()
	quoting()
}

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func tryInt(s string, base, bits int) {
	v, err := strconv.ParseInt(s, base, bits)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("ParseInt(%q,%d,%d) = %d; func=%s num=%q err=%v range=%v\n", s, base, bits, v, ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
			return
		}
	}
	fmt.Printf("ParseInt(%q,%d,%d) = %d\n", s, base, bits, v)
}

func main() {
	tryInt("127", 10, 8)
	tryInt("128", 10, 8)
	tryInt("-129", 10, 8)
	tryInt("0x1F", 0, 16)
	tryInt("0b1011", 0, 64)
	tryInt("0o17", 0, 64)
	tryInt("1_000_000", 0, 64)
	tryInt("1_000", 10, 64)
	tryInt("zz", 36, 64)
	tryInt("", 10, 64)
	tryInt("12a", 10, 64)
	tryInt("9223372036854775808", 10, 64)

	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	n, err := strconv.Atoi(" 42")
	fmt.Println(n, err)
	n, err = strconv.Atoi("+42")
	fmt.Println(n, err)

	for _, s := range []string{"3.14", "1e400", "-1e-400", "inf", "-Inf", "NaN", "0x1p-2", "1_0.5", ".5", "5.", "abc"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%q -> %v %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)

	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123456.789, 'e', 2, 64), strconv.FormatFloat(0.000001234, 'G', 3, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	fmt.Println(strconv.Quote("tab\there \"q\" é \x00"), strconv.QuoteToASCII("naïve ☺"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -7, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = strconv.AppendQuote(buf, "x")
	fmt.Println(string(buf))
	fmt.Println(strconv.Itoa(-0), strconv.IntSize)
}

package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 2), strconv.FormatUint(1<<63, 36))
	for _, s := range []string{"123", "-0", "+7", "abc", "", "9223372036854775808", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	i, err := strconv.ParseInt("-0x1F", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0b1011", 0, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("1_000", 0, 32)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e10", "-0.0", "inf", "NaN", "1e400", "0x1p-2", "1.5e"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64),
		strconv.FormatFloat(0.000001234, 'e', 3, 64), strconv.FormatFloat(1.0/3, 'f', -1, 32))
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺\x00"), strconv.QuoteToASCII("☺é"), strconv.QuoteRune('x'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 77, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, false)
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))
	fmt.Println(strconv.FormatBool(true), strconv.IntSize)
}

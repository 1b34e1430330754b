// strconv: integer and float conversions, quoting and unquoting.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-42), strconv.Itoa(0), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 2))
	for _, s := range []string{"123", "-0", "+7", "0x1f", "1_000", " 1", ""} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, s := range []string{"0x1f", "0b101", "0o17", "017", "1_000", "-9223372036854775808", "9223372036854775808"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", ".5", "1e-400", "0x1.8p1", "1_0.5", "abc"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("3.4028236e38", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "F", "1", "TRUE", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64),
		strconv.FormatFloat(0.1, 'e', -1, 32), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(1, 'b', -1, 64),
		strconv.FormatFloat(-0.0, 'g', -1, 64), strconv.FormatFloat(1.0/3, 'x', 3, 64))
	fmt.Println(strconv.Quote("héllo\n\x00\"世界\""), strconv.QuoteToASCII("héllo☺"), strconv.QuoteRune('☺'),
		strconv.QuoteRuneToASCII('☺'), strconv.Quote("\xff"))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u263a"`, `"bad`, `'ab'`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.AppendInt([]byte("x="), 42, 10), string(strconv.AppendQuote(nil, "q")))
	fmt.Println(strconv.IsPrint('\u00a0'), strconv.IsPrint('a'), strconv.CanBackquote("a`b"))
}

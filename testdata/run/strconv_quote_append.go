// strconv: Quote*/AppendQuote* with Go's bodies (capacities, -m of the inlined quoteWith), QuoteRuneToGraphic.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "a", "hello", "\x00\x01", "héllo wörld ☺ \n\t", "long string with several words in it"} {
		b := strconv.AppendQuote(make([]byte, 0, 4), s)
		c := strconv.AppendQuoteToASCII(append([]byte(nil), "pre"...), s)
		fmt.Println(string(b), len(b), cap(b), string(c), len(c), cap(c))
	}
	r := strconv.AppendQuoteRune(nil, '☺')
	fmt.Println(string(r), len(r), cap(r), strconv.Quote("x\"y"), strconv.QuoteRune('\''))
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
}

// strconv: AppendQuoteToASCII/ToGraphic, AppendQuoteRuneToASCII/ToGraphic, QuoteRuneToGraphic.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("x=")
	b = strconv.AppendQuoteToASCII(b, "héllo\n☺")
	b = strconv.AppendQuoteToGraphic(b, "tab\there\u00a0")
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = strconv.AppendQuoteRuneToGraphic(b, '\u00a0')
	fmt.Println(string(b), len(b))
	fmt.Println(strconv.QuoteRuneToGraphic('\t'), strconv.QuoteRuneToGraphic('☺'), strconv.QuoteRuneToGraphic('\u2028'))
}

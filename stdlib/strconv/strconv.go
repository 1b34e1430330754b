// Package strconv: Go 1.19's strconv API; parsing and formatting are done
// by the runtime (runtime/strconv.c) with Go's algorithms and error values.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError { return &NumError{fn, str, ErrSyntax} }

func rangeError(fn, str string) *NumError { return &NumError{fn, str, ErrRange} }

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

func statusError(fn, s string, status, base, bitSize int) error {
	switch status {
	case 1:
		return syntaxError(fn, s)
	case 2:
		return rangeError(fn, s)
	case 3:
		return baseError(fn, s, base)
	case 4:
		return bitSizeError(fn, s, bitSize)
	}
	return nil
}

//extern go_strconv_parseInt
func parseInt(s string, base int, bitSize int) (int64, int)

//extern go_strconv_parseUint
func parseUint(s string, base int, bitSize int) (uint64, int)

//extern go_strconv_parseFloat
func parseFloat(s string, bitSize int) (float64, int)

//extern go_strconv_atoi
func atoi(s string) (int, int)

//extern go_strconv_unquote
func unquoteLit(s string) (string, bool)

// ParseInt interprets a string s in the given base and bit size.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, st := parseInt(s, base, bitSize)
	if st != 0 {
		return v, statusError("ParseInt", s, st, base, bitSize)
	}
	return v, nil
}

// ParseUint is like ParseInt but for unsigned numbers.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, st := parseUint(s, base, bitSize)
	if st != 0 {
		return v, statusError("ParseUint", s, st, base, bitSize)
	}
	return v, nil
}

// ParseFloat converts the string s to a floating-point number.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, st := parseFloat(s, bitSize)
	if st != 0 {
		return v, statusError("ParseFloat", s, st, 10, bitSize)
	}
	return v, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	v, st := atoi(s)
	if st != 0 {
		return v, statusError("Atoi", s, st, 10, 0)
	}
	return v, nil
}

// ParseBool returns the boolean value represented by the string.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

//extern go_strconv_FormatInt
func FormatInt(i int64, base int) string

//extern go_strconv_FormatUint
func FormatUint(i uint64, base int) string

//extern go_strconv_Itoa
func Itoa(i int) string

//extern go_strconv_FormatFloat
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// AppendInt appends the string form of the integer i to dst.  Like Go's,
// it formats in place: only dst's growth allocates.
func AppendInt(dst []byte, i int64, base int) []byte { return appendInt(dst, i, base, false) }

// AppendUint appends the string form of the unsigned integer i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte { return appendInt(dst, int64(i), base, true) }

// appendInt formats i (as unsigned when unsigned is set) into a C buffer
// and appends the digits to dst, growing it as append would.
//
//extern go_strconv_appendInt
func appendInt(dst []byte, i int64, base int, unsigned bool) []byte

// AppendFloat appends the string form of the floating-point number f to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return genericFtoa(dst, f, fmt, prec, bitSize)
}

// The quoting functions have Go 1.19's bodies (gc inlines Quote*, the
// Append* forms and quoteWith/quoteRuneWith, and -m shows what those
// bodies allocate); the quoting itself is C (runtime/strconv.c).

//extern go_strconv_appendQuotedWith
func appendQuotedWith(buf []byte, s string, quote byte, ASCIIonly, graphicOnly bool) []byte

//extern go_strconv_appendQuotedRuneWith
func appendQuotedRuneWith(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte

func quoteWith(s string, quote byte, ASCIIonly, graphicOnly bool) string {
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, quote, ASCIIonly, graphicOnly))
}

func quoteRuneWith(r rune, quote byte, ASCIIonly, graphicOnly bool) string {
	return string(appendQuotedRuneWith(nil, r, quote, ASCIIonly, graphicOnly))
}

// Quote returns a double-quoted Go string literal representing s.
func Quote(s string) string { return quoteWith(s, '"', false, false) }

// QuoteToASCII is Quote with non-ASCII characters escaped.
func QuoteToASCII(s string) string { return quoteWith(s, '"', true, false) }

// QuoteToGraphic is Quote keeping the graphic Unicode characters.
func QuoteToGraphic(s string) string { return quoteWith(s, '"', false, true) }

// QuoteRune returns a single-quoted Go character literal representing r.
func QuoteRune(r rune) string { return quoteRuneWith(r, '\'', false, false) }

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped.
func QuoteRuneToASCII(r rune) string { return quoteRuneWith(r, '\'', true, false) }

// QuoteRuneToGraphic is QuoteRune keeping a graphic Unicode rune.
func QuoteRuneToGraphic(r rune) string { return quoteRuneWith(r, '\'', false, true) }

//extern go_strconv_CanBackquote
func CanBackquote(s string) bool

//extern go_strconv_IsPrint
func IsPrint(r rune) bool

//extern go_strconv_IsGraphic
func IsGraphic(r rune) bool

// AppendQuote appends a double-quoted Go string literal representing s to dst.
func AppendQuote(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', false, false)
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', true, false)
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', false, true)
}

// AppendQuoteRune appends a single-quoted Go character literal representing the rune.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, false)
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', true, false)
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, true)
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string literal.
func Unquote(s string) (string, error) {
	if t, ok := unquoteLit(s); ok {
		return t, nil
	}
	return "", ErrSyntax
}

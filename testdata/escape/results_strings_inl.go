// errorcheck -0 -m

// Multiple and named results, string and byte conversions, concatenation.
package p

type T struct{ v int }

func two() (*T, *T) { // ERROR "^can inline two$"
	a, b := &T{1}, &T{2} // ERROR "^&T\{\.\.\.\} escapes to heap$"
	return a, b
}

func named() (t *T, err error) { // ERROR "^can inline named$"
	t = &T{} // ERROR "^&T\{\} escapes to heap$"
	return
}

func discard() int { // ERROR "^can inline discard$"
	a, _ := two() // ERROR "^inlining call to two$" "^&T\{\.\.\.\} does not escape$"
	return a.v
}

func Bytes(s string) int { // ERROR "^can inline Bytes$" "^s does not escape$"
	b := []byte(s) // ERROR "^\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func BytesEsc(s string) []byte { return []byte(s) } // ERROR "^can inline BytesEsc$" "^s does not escape$" "^\(\[\]byte\)\(s\) escapes to heap$"

func Str(b []byte) string { return string(b) } // ERROR "^can inline Str$" "^b does not escape$" "^string\(b\) escapes to heap$"

func StrLocal(b []byte) int { // ERROR "^can inline StrLocal$" "^b does not escape$"
	s := string(b) // ERROR "^string\(b\) does not escape$"
	return len(s)
}

func Runes(s string) int { return len([]rune(s)) } // ERROR "^can inline Runes$" "^s does not escape$" "^\(\[\]rune\)\(s\) does not escape$"

func Concat(a, b string) string { return a + b } // ERROR "^can inline Concat$" "^a does not escape$" "^b does not escape$" "^a \+ b escapes to heap$"

func ConcatLocal(a, b string) int { // ERROR "^can inline ConcatLocal$" "^a does not escape$" "^b does not escape$"
	s := a + "-" + b // ERROR "^a \+ .-. \+ b does not escape$"
	return len(s)
}

func Itoa(r rune) string { return string(r) } // ERROR "^can inline Itoa$" "^string\(r\) escapes to heap$"

func Sub(s string) string { return s[1:] } // ERROR "^can inline Sub$" "^leaking param: s to result ~r0 level=0$"

func Key(m map[string]int, b []byte) int { return m[string(b)] } // ERROR "^can inline Key$" "^m does not escape$" "^b does not escape$" "^string\(b\) does not escape$"

func CmpBytes(a []byte, s string) bool { return string(a) == s } // ERROR "^can inline CmpBytes$" "^a does not escape$" "^s does not escape$" "^string\(a\) does not escape$"

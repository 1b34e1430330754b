// errorcheck -0 -m -l

// Multiple and named results, string and byte conversions, concatenation.
package p

type T struct{ v int }

func two() (*T, *T) {
	a, b := &T{1}, &T{2} // ERROR "^&T\{\.\.\.\} escapes to heap$"
	return a, b
}

func named() (t *T, err error) {
	t = &T{} // ERROR "^&T\{\} escapes to heap$"
	return
}

func discard() int {
	a, _ := two()
	return a.v
}

func Bytes(s string) int { // ERROR "^s does not escape$"
	b := []byte(s) // ERROR "^\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func BytesEsc(s string) []byte { return []byte(s) } // ERROR "^s does not escape$" "^\(\[\]byte\)\(s\) escapes to heap$"

func Str(b []byte) string { return string(b) } // ERROR "^b does not escape$" "^string\(b\) escapes to heap$"

func StrLocal(b []byte) int { // ERROR "^b does not escape$"
	s := string(b) // ERROR "^string\(b\) does not escape$"
	return len(s)
}

func Runes(s string) int { return len([]rune(s)) } // ERROR "^s does not escape$" "^\(\[\]rune\)\(s\) does not escape$"

func Concat(a, b string) string { return a + b } // ERROR "^a does not escape$" "^b does not escape$" "^a \+ b escapes to heap$"

func ConcatLocal(a, b string) int { // ERROR "^a does not escape$" "^b does not escape$"
	s := a + "-" + b // ERROR "^a \+ .-. \+ b does not escape$"
	return len(s)
}

func Itoa(r rune) string { return string(r) } // ERROR "^string\(r\) escapes to heap$"

func Sub(s string) string { return s[1:] } // ERROR "^leaking param: s to result ~r0 level=0$"

func Key(m map[string]int, b []byte) int { return m[string(b)] } // ERROR "^m does not escape$" "^b does not escape$" "^string\(b\) does not escape$"

func CmpBytes(a []byte, s string) bool { return string(a) == s } // ERROR "^a does not escape$" "^s does not escape$" "^string\(a\) does not escape$"

package bytes

// Functions of Go 1.19's bytes added for completeness: FieldsFunc,
// LastIndexAny, Title, ToTitle, ToValidUTF8.

import (
	"unicode"
	"unicode/utf8"
)

// FieldsFunc splits s at each run of code points c satisfying f(c) and
// returns subslices of s (each with its capacity cut at its end, as Go).
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	type span struct{ start, end int }
	var spans []span
	start := -1 // -1: not inside a field
	for i := 0; i < len(s); {
		size := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				spans = append(spans, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	a := make([][]byte, len(spans))
	for i, sp := range spans {
		a[i] = s[sp.start:sp.end:sp.end]
	}
	return a
}

// LastIndexAny interprets s as UTF-8 and returns the byte index of the
// last occurrence in s of any of the code points in chars (-1 if none).
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[:i])
		i -= size
		for _, c := range chars {
			if r == c {
				return i
			}
		}
	}
	return -1
}

// ToTitle treats s as UTF-8 and returns a copy with all letters mapped
// to their title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// Title returns a copy of s with all letters that begin words mapped to
// their title case.
func Title(s []byte) []byte {
	prev := ' '
	return Map(
		func(r rune) rune {
			if isSeparator(prev) {
				prev = r
				return unicode.ToTitle(r)
			}
			prev = r
			return r
		},
		s)
}

// isSeparator reports whether r separates words (Title's rule).
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// ToValidUTF8 treats s as UTF-8 and returns a copy with each run of
// bytes that are not valid UTF-8 replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false // the previous byte was part of a replaced run
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, wid := utf8.DecodeRune(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		invalid = false
		b = append(b, s[i:i+wid]...)
		i += wid
	}
	return b
}

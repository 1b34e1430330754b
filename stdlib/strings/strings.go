// Package strings: Go 1.19's strings package in the gosub subset, written
// in Go (simple algorithms with the same results).
package strings

import (
	"unicode"
	"unicode/utf8"
)

// IndexByte returns the index of the first instance of c in s, or -1.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of substr in s, or -1.
//
//extern go_strings_Index
func Index(s, substr string) int

// LastIndex returns the index of the last instance of substr in s, or -1.
//
//extern go_strings_LastIndex
func LastIndex(s, substr string) int

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the rune r, or -1.
//
//extern go_strings_IndexRune
func IndexRune(s string, r rune) int

// IndexAny returns the index of the first instance of any rune of chars in s.
func IndexAny(s, chars string) int {
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last instance of any rune of chars in s.
func LastIndexAny(s, chars string) int {
	last := -1
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			last = i
		}
	}
	return last
}

// IndexFunc returns the index of the first rune satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, c := range s {
		if f(c) {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index of the last rune satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	last := -1
	for i, c := range s {
		if f(c) {
			last = i
		}
	}
	return last
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsRune reports whether the rune r is within s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// ContainsAny reports whether any rune of chars is within s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// HasPrefix tests whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[0:len(prefix)] == prefix
}

// HasSuffix tests whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Count counts the number of non-overlapping instances of substr in s.
//
//extern go_strings_Count
func Count(s, substr string) int

// Repeat returns a new string consisting of count copies of s.
//
//extern go_strings_Repeat
func Repeat(s string, count int) string

func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

//
//extern go_strings_genSplit
func genSplit(s, sep string, sepSave, n int) []string

// SplitN slices s into substrings separated by sep (at most n).
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into substrings after each instance of sep (at most n).
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// Split slices s into all substrings separated by sep.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all substrings after each instance of sep.
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// Fields splits s around runs of white space.
//
//extern go_strings_Fields
func Fields(s string) []string

// FieldsFunc splits s at each run of code points c satisfying f(c).
func FieldsFunc(s string, f func(rune) bool) []string {
	var a []string
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				a = append(a, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a = append(a, s[start:])
	}
	if a == nil {
		return make([]string, 0) // Go's result is never nil and has cap == len
	}
	return a[:len(a):len(a)]
}

// Join concatenates the elements of elems with sep between them.
//
//extern go_strings_Join
func Join(elems []string, sep string) string

// Map returns s with all its characters modified by mapping (dropped if negative).
func Map(mapping func(rune) rune, s string) string {
	// As in Go 1.19, nothing is allocated while every rune maps to itself
	// (s itself is the result); from the first change on, the result grows
	// from a buffer sized for s plus one rune (Go's Builder.Grow, then
	// appends): one allocation unless the mapping makes the string grow.
	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}
		width := utf8.RuneLen(c)
		if c == utf8.RuneError {
			// an invalid byte (width 1) always counts as changed
			c, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && r == c {
				continue
			}
		}
		buf := make([]byte, 0, len(s)+utf8.UTFMax)
		buf = append(buf, s[:i]...)
		if r >= 0 {
			buf = utf8.AppendRune(buf, r)
		}
		for _, c := range s[i+width:] {
			if r := mapping(c); r >= 0 {
				buf = utf8.AppendRune(buf, r)
			}
		}
		return bytesString(buf)
	}
	return s
}

// bytesString is string(b) without the copy (b is not used again).
//
//extern go_strings_bytesString
func bytesString(b []byte) string

// ToUpper returns s with all Unicode letters mapped to their upper case.
//
//extern go_strings_ToUpper
func ToUpper(s string) string

// ToLower returns s with all Unicode letters mapped to their lower case.
//
//extern go_strings_ToLower
func ToLower(s string) string

// ToTitle returns s with all Unicode letters mapped to their title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// Title returns s with the first letter of each word mapped to title case.
func Title(s string) string {
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

func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9':
			return false
		case 'a' <= r && r <= 'z':
			return false
		case 'A' <= r && r <= 'Z':
			return false
		case r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// TrimLeftFunc returns s without leading runes satisfying f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

// TrimRightFunc returns s without trailing runes satisfying f.
func TrimRightFunc(s string, f func(rune) bool) string {
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !f(r) {
			break
		}
		end -= size
	}
	return s[:end]
}

// TrimFunc returns s without leading and trailing runes satisfying f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// Trim returns s without leading and trailing runes contained in cutset.
func Trim(s, cutset string) string {
	return TrimFunc(s, func(r rune) bool { return IndexRune(cutset, r) >= 0 })
}

// TrimLeft returns s without leading runes contained in cutset.
func TrimLeft(s, cutset string) string {
	return TrimLeftFunc(s, func(r rune) bool { return IndexRune(cutset, r) >= 0 })
}

// TrimRight returns s without trailing runes contained in cutset.
func TrimRight(s, cutset string) string {
	return TrimRightFunc(s, func(r rune) bool { return IndexRune(cutset, r) >= 0 })
}

// TrimSpace returns s without leading and trailing white space.
//
//extern go_strings_TrimSpace
func TrimSpace(s string) string

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Cut slices s around the first instance of sep.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// Replace returns s with the first n non-overlapping instances of old replaced by new.
//
//extern go_strings_Replace
func Replace(s, old, new string, n int) string

// ReplaceAll returns s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// EqualFold reports whether s and t are equal under simple Unicode case-folding.
//
//extern go_strings_EqualFold
func EqualFold(s, t string) bool

// Compare returns an integer comparing two strings lexicographically.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

// A Reader reads from a string.
type Reader struct {
	s        string
	i        int64
	prevRune int
}

// NewReader returns a new Reader reading from s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Len returns the number of bytes of the unread portion of the string.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Read implements io.Reader.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, eof
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

// ReadByte implements io.ByteReader.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, eof
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

// ReadRune implements io.RuneReader.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, eof
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return
}

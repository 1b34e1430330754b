package strings

import (
	"io"
	"unicode"
)

// Replacer replaces a list of strings with replacements.  gosub's version
// scans the input once, trying the old strings in argument order at each
// position (Go's generic algorithm gives the same results: replacements
// happen in target order, without overlapping, earlier pairs first).
//
// once and r stand where Go's sync.Once and replacer interface are, so that
// unsafe.Sizeof(Replacer{}) is Go's 56; gosub does not use them.
type Replacer struct {
	once   [3]uint32
	r      any
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	i, last := 0, 0
	for i <= len(s) {
		k := r.match(s, i)
		if k < 0 {
			i++
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(r.oldnew[k+1])
		if r.oldnew[k] == "" {
			if i == len(s) {
				last = i
				break
			}
			b.WriteByte(s[i])
			i++
		} else {
			i += len(r.oldnew[k])
		}
		last = i
	}
	b.WriteString(s[last:])
	return b.String()
}

// match returns the index in oldnew of the first old string found at s[i:], or -1.
func (r *Replacer) match(s string, i int) int {
	for k := 0; k < len(r.oldnew); k += 2 {
		if HasPrefix(s[i:], r.oldnew[k]) {
			return k
		}
	}
	return -1
}

// WriteString writes s to w with all replacements performed (one Write of
// the replaced text).
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}

// ToUpperSpecial returns s with all Unicode letters mapped to their upper
// case using the case mapping specified by c.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial returns s with all Unicode letters mapped to their lower
// case using the case mapping specified by c.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial returns s with all Unicode letters mapped to their title
// case, giving priority to the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

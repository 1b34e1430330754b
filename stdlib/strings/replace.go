package strings

import (
	"io"
	"sync"
	"unicode"
)

// Replacer replaces a list of strings with replacements.  Shaped as Go
// 1.19's: the Replacer built by NewReplacer keeps its pairs, and the first
// Replace or WriteString builds the algorithm once (buildOnce, which gc
// inlines into the method wrappers of a type embedding *strings.Replacer).
// gosub has one algorithm (scanReplacer); Go picks among several that all
// give its results.
type Replacer struct {
	once   sync.Once // guards buildOnce method
	r      replacer
	oldnew []string
}

// replacer is the interface a replacement algorithm implements.
type replacer interface {
	Replace(s string) string
	WriteString(w io.Writer, s string) (n int, err error)
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

func (r *Replacer) buildOnce() {
	r.r = r.build()
	r.oldnew = nil
}

func (b *Replacer) build() replacer {
	return &scanReplacer{oldnew: b.oldnew}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	r.once.Do(r.buildOnce)
	return r.r.Replace(s)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	r.once.Do(r.buildOnce)
	return r.r.WriteString(w, s)
}

// scanReplacer scans the input once, trying the old strings in argument
// order at each position (Go's algorithms give the same results:
// replacements happen in target order, without overlapping, earlier pairs
// first).
type scanReplacer struct {
	oldnew []string
}

func (r *scanReplacer) Replace(s string) string {
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
func (r *scanReplacer) match(s string, i int) int {
	for k := 0; k < len(r.oldnew); k += 2 {
		if HasPrefix(s[i:], r.oldnew[k]) {
			return k
		}
	}
	return -1
}

// WriteString writes the replaced text to w in one Write.
func (r *scanReplacer) WriteString(w io.Writer, s string) (n int, err error) {
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

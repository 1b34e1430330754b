package strings

import "unicode/utf8"

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 byte
// sequences replaced by the replacement string (s itself when valid).
func ToValidUTF8(s, replacement string) string {
	var b Builder
	for i, c := range s {
		if c != utf8.RuneError {
			continue
		}
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 {
			b.Grow(len(s) + len(replacement))
			b.WriteString(s[:i])
			s = s[i:]
			break
		}
	}
	if b.Cap() == 0 {
		return s // valid UTF-8 throughout
	}
	invalid := false // the previous byte was part of a replaced run
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b.WriteByte(c)
			continue
		}
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b.WriteString(replacement)
			}
			continue
		}
		invalid = false
		b.WriteString(s[i : i+wid])
		i += wid
	}
	return b.String()
}

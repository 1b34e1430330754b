package hashing

import "strings"

// FNV-1a over a string.
func FNV(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// Concat builds a string the slow way or with a Builder.
func Concat(parts []string, fast bool) string {
	if fast {
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(p)
		}
		return b.String()
	}
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

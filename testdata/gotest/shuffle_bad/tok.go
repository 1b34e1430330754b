// Package tokens splits a line of shell-like input into words.
package tokens

import (
	"errors"
	"strings"
)

var ErrUnterminated = errors.New("unterminated quote")

// Split breaks s into words separated by spaces; double quotes group words.
func Split(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inQuote, have := false, false
	for _, r := range s {
		switch {
		case r == '"':
			inQuote = !inQuote
			have = true
		case r == ' ' && !inQuote:
			if have {
				words = append(words, cur.String())
				cur.Reset()
				have = false
			}
		default:
			cur.WriteRune(r)
			have = true
		}
	}
	if inQuote {
		return nil, ErrUnterminated
	}
	if have {
		words = append(words, cur.String())
	}
	return words, nil
}

// Join is the inverse of Split (quotes words with spaces).
func Join(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		if strings.Contains(w, " ") {
			w = `"` + w + `"`
		}
		out[i] = w
	}
	return strings.Join(out, " ")
}

// Small helpers of a config parser, several near the inliner's budget:
// calls into strings, strconv, unicode, math and bytes that gc may inline
// into them, and mid-stack inlining of helpers into helpers.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type kv struct {
	key, val string
}

func isComment(line string) bool {
	return strings.HasPrefix(line, "#") || strings.HasPrefix(line, "//")
}

func trimQuotes(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return s[1 : len(s)-1]
	}
	return s
}

func splitKV(line string) (kv, bool) {
	i := strings.IndexByte(line, '=')
	if i < 0 {
		return kv{}, false
	}
	return kv{strings.TrimSpace(line[:i]), trimQuotes(strings.TrimSpace(line[i+1:]))}, true
}

func validKey(k string) bool {
	if k == "" {
		return false
	}
	for _, r := range k {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '.' {
			return false
		}
	}
	return true
}

func clamp(x, lo, hi float64) float64 {
	return math.Max(lo, math.Min(hi, x))
}

func parseRatio(s string) (float64, error) {
	if strings.HasSuffix(s, "%") {
		f, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
		return clamp(f/100, 0, 1), err
	}
	f, err := strconv.ParseFloat(s, 64)
	return clamp(f, 0, 1), err
}

func firstRuneUpper(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return size > 0 && unicode.IsUpper(r)
}

func sameBytes(a, b string) bool {
	return bytes.Equal([]byte(a), []byte(b))
}

var errEmpty = errors.New("empty config")

func parse(text string) ([]kv, error) {
	if strings.TrimSpace(text) == "" {
		return nil, errEmpty
	}
	var out []kv
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || isComment(line) {
			continue
		}
		p, ok := splitKV(line)
		if !ok || !validKey(p.key) {
			return out, fmt.Errorf("line %d: bad entry %q", n+1, line)
		}
		out = append(out, p)
	}
	return out, nil
}

func main() {
	cfg := `
# service config
name = "gosub"
ratio = 45%
Level=3
// comment
cache.size = 1024
bad key = 1
`
	pairs, err := parse(cfg)
	for _, p := range pairs {
		fmt.Printf("%-10s %-6s upper=%v\n", p.key, p.val, firstRuneUpper(p.key))
	}
	fmt.Println("error:", err)
	_, err = parse("  \n ")
	fmt.Println(err == errEmpty, err)
	for _, s := range []string{"45%", "0.3", "150%", "-2", "x"} {
		r, err := parseRatio(s)
		fmt.Println(s, r, err != nil)
	}
	fmt.Println(sameBytes("abc", "abc"), sameBytes("abc", "abd"), validKey("a.b_c1"), validKey("a-b"))
}

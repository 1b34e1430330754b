package main

import (
	"fmt"
	"strings"
)

// match reports whether name matches pattern: '*' any run, '?' one rune,
// '[a-z]' / '[!abc]' classes, '\' escapes.
func match(pattern, name string) (bool, error) {
	p, n := []rune(pattern), []rune(name)
	memo := map[[2]int]bool{}
	var bad error
	var rec func(i, j int) bool
	rec = func(i, j int) bool {
		key := [2]int{i, j}
		if v, ok := memo[key]; ok {
			return v
		}
		var res bool
		defer func() { memo[key] = res }()
		if i == len(p) {
			res = j == len(n)
			return res
		}
		switch p[i] {
		case '*':
			for k := j; k <= len(n); k++ {
				if rec(i+1, k) {
					res = true
					return res
				}
			}
		case '?':
			res = j < len(n) && rec(i+1, j+1)
		case '[':
			end := i + 1
			for end < len(p) && p[end] != ']' {
				end++
			}
			if end == len(p) {
				bad = fmt.Errorf("unterminated class at %d in %q", i, pattern)
				return false
			}
			if j >= len(n) {
				return false
			}
			class := p[i+1 : end]
			neg := len(class) > 0 && class[0] == '!'
			if neg {
				class = class[1:]
			}
			in := false
			for k := 0; k < len(class); k++ {
				if k+2 < len(class) && class[k+1] == '-' {
					if class[k] <= n[j] && n[j] <= class[k+2] {
						in = true
					}
					k += 2
				} else if class[k] == n[j] {
					in = true
				}
			}
			res = in != neg && rec(end+1, j+1)
		case '\\':
			if i+1 < len(p) {
				res = j < len(n) && n[j] == p[i+1] && rec(i+2, j+1)
			}
		default:
			res = j < len(n) && n[j] == p[i] && rec(i+1, j+1)
		}
		return res
	}
	ok := rec(0, 0)
	return ok, bad
}

func main() {
	names := []string{"main.go", "main_test.go", "README.md", "a.b.c", "x", "ü.go", "*star", ""}
	patterns := []string{"*.go", "*_test.go", "?.go", "[A-Z]*", "[!a-m]*", "*.*.*", "\\*s*", "*", "", "[abc", "??*"}
	for _, pat := range patterns {
		var hits []string
		for _, nm := range names {
			ok, err := match(pat, nm)
			if err != nil {
				fmt.Printf("%-10q error: %v\n", pat, err)
				break
			}
			if ok {
				hits = append(hits, fmt.Sprintf("%q", nm))
			}
		}
		fmt.Printf("%-10q -> [%s]\n", pat, strings.Join(hits, " "))
	}
}

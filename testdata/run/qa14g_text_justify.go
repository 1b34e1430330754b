package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func justify(words []string, width int) []string {
	var lines []string
	i := 0
	for i < len(words) {
		j := i
		lineLen := 0
		for j < len(words) && lineLen+utf8.RuneCountInString(words[j])+(j-i) <= width {
			lineLen += utf8.RuneCountInString(words[j])
			j++
		}
		if j == i { // a word longer than the width
			lines = append(lines, words[i])
			i++
			continue
		}
		gaps := j - i - 1
		var sb strings.Builder
		if j == len(words) || gaps == 0 {
			sb.WriteString(strings.Join(words[i:j], " "))
			sb.WriteString(strings.Repeat(" ", width-lineLen-gaps))
		} else {
			spaces := width - lineLen
			for k := i; k < j; k++ {
				sb.WriteString(words[k])
				if k < j-1 {
					n := spaces / gaps
					if k-i < spaces%gaps {
						n++
					}
					sb.WriteString(strings.Repeat(" ", n))
				}
			}
		}
		lines = append(lines, sb.String())
		i = j
	}
	return lines
}

func center(s string, width int, fill rune) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(string(fill), left) + s + strings.Repeat(string(fill), width-n-left)
}

func boxed(lines []string) string {
	w := 0
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n > w {
			w = n
		}
	}
	var sb strings.Builder
	sb.WriteString("┌" + strings.Repeat("─", w+2) + "┐\n")
	for _, l := range lines {
		fmt.Fprintf(&sb, "│ %s%s │\n", l, strings.Repeat(" ", w-utf8.RuneCountInString(l)))
	}
	sb.WriteString("└" + strings.Repeat("─", w+2) + "┘\n")
	return sb.String()
}

func hyphenate(word string, max int) []string {
	var parts []string
	r := []rune(word)
	for len(r) > max {
		parts = append(parts, string(r[:max-1])+"-")
		r = r[max-1:]
	}
	return append(parts, string(r))
}

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Ünïcödé wörds count by runes, not bytes, and
supercalifragilisticexpialidocious is long.`

func main() {
	words := strings.Fields(text)
	for _, w := range []int{30, 45} {
		fmt.Println(center(fmt.Sprintf(" width %d ", w), w, '='))
		for _, l := range justify(words, w) {
			fmt.Printf("|%s|\n", l)
		}
	}
	var split []string
	for _, w := range words {
		split = append(split, hyphenate(w, 12)...)
	}
	fmt.Print(boxed(justify(split, 24)))
	fmt.Println(center("é", 5, '·'), center("toolong", 3, '*'))
	fmt.Println(strings.Title("hello wörld"), strings.ToTitle("ǆ"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		if r >= 'b' && r <= 'y' {
			return r + 1
		}
		return r
	}, "banana bazaar"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a<b && c>d"))
	fmt.Println(strings.LastIndexAny("golang", "gn"), strings.IndexFunc("abc123", func(r rune) bool { return r >= '0' && r <= '9' }), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 3))
	fmt.Printf("%q\n", strings.FieldsFunc("  a1b22c333 ", func(r rune) bool { return r >= '0' && r <= '9' || r == ' ' }))
	before, after, found := strings.Cut("key: value: more", ": ")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhixx", "x"), strings.TrimRight("hi!!?", "!?"), strings.Trim("  \t hi \n", " \t\n"))
}

// Making URL slugs and search keys from international text: rune classes
// with the unicode package (scripts, categories, case folding), byte vs
// rune lengths, strings.Map with a drop (-1) rule, and a folding index
// that finds words regardless of case. The memory angle: how many bytes
// each representation takes.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

var titles = []string{
	"Hello, World!",
	"Ünïcödé Déjà Vu",
	"Go 1.19 — Memory Model",
	"Ǆemal ǅuro ǆaka",
	"ΣΊΣΥΦΟΣ σοφός",
	"東京 Tokyo 2020",
	"  spaces\tand\nnewlines  ",
	"İstanbul ıI",
}

var translit = map[rune]string{
	'ü': "u", 'ï': "i", 'ö': "o", 'é': "e", 'à': "a", 'Ü': "U", 'É': "E", 'ß': "ss",
}

func slug(s string) string {
	var b strings.Builder
	lastDash := true
	for _, r := range s {
		if t, ok := translit[r]; ok {
			b.WriteString(strings.ToLower(t))
			lastDash = false
			continue
		}
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToLower(r))
			lastDash = false
		case unicode.IsSpace(r) || unicode.IsPunct(r) || r == '—':
			if !lastDash {
				b.WriteByte('-')
				lastDash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func classes(s string) string {
	counts := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			counts["han"]++
		case unicode.Is(unicode.Greek, r):
			counts["greek"]++
		case unicode.Is(unicode.Latin, r):
			counts["latin"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			counts["punct"]++
		default:
			counts["other"]++
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, counts[k])
	}
	return strings.Join(parts, ",")
}

func foldKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

func main() {
	for _, t := range titles {
		rs := []rune(t)
		fmt.Printf("%-28q bytes=%-3d runes=%-3d []rune=%-4d slug=%q\n", t, len(t), len(rs), len(rs)*4, slug(t))
		fmt.Printf("    %s | upper=%q title=%q fold=%q\n", classes(t), strings.ToUpper(t), strings.ToTitle(t), foldKey(t))
	}

	for _, r := range []rune{'ǅ', 'ß', 'Σ', 'ς', 'İ', 'ı', 'k', 'K', 'Å'} {
		var folds []string
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			folds = append(folds, string(f))
		}
		fmt.Printf("%c: upper=%c lower=%c title=%c folds=%v upper?%v lower?%v title?%v\n",
			r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), folds,
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r))
	}

	index := map[string][]int{}
	for i, t := range titles {
		for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) {
			k := strings.ToLower(w)
			index[k] = append(index[k], i)
		}
	}
	for _, q := range []string{"HELLO", "déjà", "σοφός", "ΣΟΦΌΣ", "東京", "istanbul"} {
		fmt.Printf("%s -> %v %v\n", q, index[strings.ToLower(q)], strings.EqualFold(q, "İSTANBUL"))
	}
	fmt.Println(unicode.In('é', unicode.Latin, unicode.Greek), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Han}, '9'),
		unicode.IsPrint('\u00a0'), unicode.IsGraphic('\u00a0'), unicode.IsControl('\t'), unicode.IsMark('\u0301'))
	bad := string([]byte{'a', 0xff, 'b', 0xc3})
	fmt.Println(utf8.ValidString(bad), []rune(bad), strings.ToValidUTF8(bad, "?"), len(strings.ToUpper(bad)))
}

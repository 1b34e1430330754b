// A multilingual text census: every rune classified by Unicode script
// (unicode.Scripts, unicode.Is/In) and general category (unicode.Categories),
// per-language case mapping with unicode.TurkishCase, rune/byte statistics,
// and a report sorted by count then name.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

var samples = []struct{ lang, text string }{
	{"en", "The quick brown fox, 3 times!"},
	{"tr", "İstanbul'da ılık bir akşam: ışıklar yanıyor."},
	{"el", "Καλημέρα κόσμε — ΑΒΓ αβγ"},
	{"ru", "Съешь же ещё этих мягких булок (№5)."},
	{"ja", "日本語のテキスト、ひらがなとカタカナ。"},
	{"ko", "한국어 텍스트 123"},
	{"ar", "مرحبا بالعالم ٣٤٥"},
	{"mix", "Go² ≠ π × r² ∑ € 😀 ⅓"},
}

func scriptOf(r rune, names []string) string {
	for _, n := range names {
		if unicode.Is(unicode.Scripts[n], r) {
			return n
		}
	}
	return "Unknown"
}

func categoryOf(r rune, cats []string) string {
	for _, c := range cats {
		if len(c) == 2 && unicode.Is(unicode.Categories[c], r) {
			return c
		}
	}
	return "??"
}

type count struct {
	name string
	n    int
}

func sorted(m map[string]int) []count {
	var out []count
	for k, v := range m {
		out = append(out, count{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].n != out[j].n {
			return out[i].n > out[j].n
		}
		return out[i].name < out[j].name
	})
	return out
}

func main() {
	var scripts, cats []string
	for name := range unicode.Scripts {
		scripts = append(scripts, name)
	}
	for name := range unicode.Categories {
		cats = append(cats, name)
	}
	sort.Strings(scripts)
	sort.Strings(cats)
	fmt.Println(len(scripts), "scripts,", len(cats), "categories, Unicode", unicode.Version)

	total := map[string]int{}
	for _, s := range samples {
		perScript := map[string]int{}
		perCat := map[string]int{}
		for _, r := range s.text {
			sc := scriptOf(r, scripts)
			perScript[sc]++
			total[sc]++
			perCat[categoryOf(r, cats)]++
		}
		var parts []string
		for _, c := range sorted(perScript) {
			parts = append(parts, fmt.Sprintf("%s:%d", c.name, c.n))
		}
		var cparts []string
		for _, c := range sorted(perCat) {
			cparts = append(cparts, fmt.Sprintf("%s=%d", c.name, c.n))
		}
		fmt.Printf("%-3s bytes=%-3d runes=%-3d %s\n    %s\n", s.lang, len(s.text), utf8.RuneCountInString(s.text),
			strings.Join(parts, " "), strings.Join(cparts, " "))
	}
	fmt.Println("totals:", sorted(total)[:5])

	tr := samples[1].text
	fmt.Println(strings.ToUpper(tr))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, tr))
	fmt.Println(strings.ToLowerSpecial(unicode.TurkishCase, "IŞIK İZMİR"), strings.ToLower("IŞIK İZMİR"))

	letters := func(r rune) bool { return unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic) }
	var picked []string
	for _, s := range samples {
		n := strings.IndexFunc(s.text, func(r rune) bool { return !letters(r) && unicode.IsLetter(r) })
		picked = append(picked, fmt.Sprintf("%s:%d", s.lang, n))
	}
	fmt.Println("first non-European letter:", strings.Join(picked, " "))

	for _, r := range []rune{'A', 'ß', 'ǅ', '٣', '²', '⅓', '€', '😀', '\u0301', '\u200d', ' ', '\u3000'} {
		var props []string
		for _, p := range []string{"White_Space", "Dash", "Diacritic", "Other_Math", "Join_Control", "Ideographic"} {
			if unicode.Is(unicode.Properties[p], r) {
				props = append(props, p)
			}
		}
		fmt.Printf("%U %-2q cat=%s script=%-9s letter=%-5v digit=%-5v number=%-5v graphic=%-5v print=%-5v props=%v\n",
			r, r, categoryOf(r, cats), scriptOf(r, scripts), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsGraphic(r), unicode.IsPrint(r), props)
	}
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana}, 'カ'),
		unicode.In('k', unicode.Hangul), len(unicode.FoldCategory), unicode.Is(unicode.FoldScript["Greek"], 'µ'))
}

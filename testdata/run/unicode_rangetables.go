// Package unicode's exported range tables (categories, scripts, properties,
// fold tables, CaseRanges, TurkishCase) against Go 1.19: sizes, LatinOffset
// and sampled membership through unicode.Is, In, IsOneOf, SpecialCase.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

func dump(name string, m map[string]*unicode.RangeTable) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	total := 0
	for _, k := range keys {
		t := m[k]
		n := 0
		for r := rune(-3); r < 0x110005; r += 13 {
			if unicode.Is(t, r) {
				n++
			}
		}
		total += n
		fmt.Printf("%s %s %d %d %d %d\n", name, k, len(t.R16), len(t.R32), t.LatinOffset, n)
	}
	fmt.Println(name, len(keys), total)
}

func main() {
	dump("cat", unicode.Categories)
	dump("script", unicode.Scripts)
	dump("prop", unicode.Properties)
	dump("foldcat", unicode.FoldCategory)
	dump("foldscript", unicode.FoldScript)
	fmt.Println(unicode.Upper == unicode.Lu, unicode.Categories["Lu"] == unicode.Upper, unicode.STerm == unicode.Sentence_Terminal)
	fmt.Println(len(unicode.CaseRanges), unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1])
	fmt.Printf("%#v\n", unicode.CaseRanges[3])
	fmt.Printf("%v %+v\n", unicode.Han.R16[0], unicode.Han.R32[0])
	for _, r := range "iIıİaZ" {
		fmt.Printf("%c %c %c %c | %c %c\n", r, unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.AzeriCase.ToTitle(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.IsOneOf(unicode.GraphicRanges, ' '), unicode.IsOneOf(unicode.PrintRanges, '\u3000'))
	fmt.Println(unicode.In('x', unicode.Greek, unicode.Latin), unicode.In('λ'), unicode.Is(unicode.Latin, -1), unicode.Version)
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Hiragana, 'ひ'), unicode.Is(unicode.Katakana, 'カ'), unicode.Is(unicode.Hangul, '한'), unicode.Is(unicode.Cyrillic, 'ж'), unicode.Is(unicode.Arabic, 'ع'))
	sc := unicode.SpecialCase{unicode.CaseRange{'a', 'c', [unicode.MaxCase]rune{2, 0, 5}}}
	fmt.Println(string(sc.ToUpper('b')), string(sc.ToTitle('a')), string(sc.ToLower('B')), unicode.UpperLower)
	var t unicode.RangeTable = unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}}, LatinOffset: 1}
	fmt.Println(unicode.Is(&t, 'c'), unicode.Is(&t, 'd'), t)
}

// A tiny Markdown-to-HTML converter: block parsing with a line scanner,
// inline spans with a rune state machine, HTML escaping, and a table of
// contents built from headings.
package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"
)

const doc = `# Title & intro
Some *emphasis*, **strong** text and ` + "`code <b>`" + `.

## Lists
- first item
- second *item*
- third

1. one
2. two

## Quotes
> quoted **line**
> continues

A paragraph
spanning lines with a [link](http://x.y/?a=1&b=2).

### Deep heading
` + "```" + `
raw <code> block
  keeps *spaces*
` + "```" + `
`

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")
var unescaper = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'")

func escape(s string) string   { return escaper.Replace(s) }
func unescape(s string) string { return unescaper.Replace(s) }

type heading struct {
	level int
	text  string
	id    string
}

type renderer struct {
	out     strings.Builder
	toc     []heading
	inList  string // "", "ul", "ol"
	inQuote bool
	para    []string
	inCode  bool
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func inline(s string) string {
	var b strings.Builder
	rs := []rune(s)
	em, strong, code := false, false, false
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '`':
			code = !code
			b.WriteString(map[bool]string{true: "<code>", false: "</code>"}[code])
		case code:
			b.WriteString(escape(string(r)))
		case r == '*' && i+1 < len(rs) && rs[i+1] == '*':
			strong = !strong
			if strong {
				b.WriteString("<strong>")
			} else {
				b.WriteString("</strong>")
			}
			i++
		case r == '*':
			em = !em
			if em {
				b.WriteString("<em>")
			} else {
				b.WriteString("</em>")
			}
		case r == '[':
			end := strings.Index(string(rs[i:]), "](")
			close := strings.IndexRune(string(rs[i:]), ')')
			if end > 0 && close > end {
				text := string(rs[i+1 : i+end])
				url := string(rs[i+end+2 : i+close])
				fmt.Fprintf(&b, `<a href="%s">%s</a>`, escape(url), escape(text))
				i += close
				continue
			}
			b.WriteRune(r)
		default:
			b.WriteString(escape(string(r)))
		}
	}
	return b.String()
}

func (r *renderer) closeBlocks() {
	if len(r.para) > 0 {
		r.out.WriteString("<p>" + inline(strings.Join(r.para, " ")) + "</p>\n")
		r.para = r.para[:0]
	}
	if r.inList != "" {
		r.out.WriteString("</" + r.inList + ">\n")
		r.inList = ""
	}
	if r.inQuote {
		r.out.WriteString("</blockquote>\n")
		r.inQuote = false
	}
}

func (r *renderer) line(l string) {
	if strings.HasPrefix(l, "```") {
		if r.inCode {
			r.out.WriteString("</pre>\n")
		} else {
			r.closeBlocks()
			r.out.WriteString("<pre>")
		}
		r.inCode = !r.inCode
		return
	}
	if r.inCode {
		r.out.WriteString(escape(l) + "\n")
		return
	}
	trimmed := strings.TrimSpace(l)
	switch {
	case trimmed == "":
		r.closeBlocks()
	case strings.HasPrefix(trimmed, "#"):
		r.closeBlocks()
		lvl := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
		text := strings.TrimSpace(trimmed[lvl:])
		h := heading{lvl, text, slug(text)}
		r.toc = append(r.toc, h)
		fmt.Fprintf(&r.out, "<h%d id=%q>%s</h%d>\n", lvl, h.id, inline(text), lvl)
	case strings.HasPrefix(trimmed, "- "), len(trimmed) > 2 && trimmed[0] >= '0' && trimmed[0] <= '9' && strings.Contains(trimmed[:3], ". "):
		kind, item := "ul", trimmed[2:]
		if trimmed[0] != '-' {
			kind, item = "ol", strings.TrimSpace(trimmed[strings.Index(trimmed, ".")+1:])
		}
		if r.inList != kind {
			r.closeBlocks()
			r.out.WriteString("<" + kind + ">\n")
			r.inList = kind
		}
		r.out.WriteString("  <li>" + inline(item) + "</li>\n")
	case strings.HasPrefix(trimmed, ">"):
		if !r.inQuote {
			r.closeBlocks()
			r.out.WriteString("<blockquote>\n")
			r.inQuote = true
		}
		r.out.WriteString("  " + inline(strings.TrimSpace(trimmed[1:])) + "\n")
	default:
		r.para = append(r.para, trimmed)
	}
}

func Render(src string) (string, []heading) {
	r := &renderer{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		r.line(sc.Text())
	}
	r.closeBlocks()
	return r.out.String(), r.toc
}

func main() {
	out, toc := Render(doc)
	fmt.Print(out)
	fmt.Println("--- toc")
	for _, h := range toc {
		fmt.Printf("%s- [%s](#%s)\n", strings.Repeat("  ", h.level-1), h.text, h.id)
	}
	fmt.Println(unescape("&lt;a&gt; &amp;amp; &#39;q&#39; &eacute;"))
}

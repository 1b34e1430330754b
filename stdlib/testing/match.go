// A small regular-expression engine for -test.run and -test.bench (the
// package regexp is not in gosub's subset), with the syntax of Go's
// regexp (RE2, Perl flags) and, for a pattern it rejects, regexp/syntax's
// error text (go test prints it and exits 1):
//
//	literals, ., classes [a-z] [^...] [[:alpha:]], \d \w \s and their
//	negations, \pL \p{Greek} \PN, escapes \n \x41 \x{263a} \012 \Q...\E,
//	^ $ \A \z \b \B, groups ( ) (?: ) (?P<name> ), flags (?i) (?s) (?m)
//	(?U) (alone or (?i:...)), |, and the repetitions * + ? {n} {n,}
//	{n,m}, each optionally followed by ? (non-greedy).
//
// Matching is by runes and unanchored, as regexp.MatchString's, by
// backtracking; only whether a match exists matters, so greediness does
// not.
package testing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type reNode struct {
	kind     int // reLit, reAny, reClass, reGroup, reAssert
	r        rune
	fold     bool                  // (?i): letters match either case
	dotNL    bool                  // (?s): . matches \n
	ranges   []rune                // reClass: pairs lo, hi
	tables   []*unicode.RangeTable // \p classes inside
	negTabs  []*unicode.RangeTable // \P classes inside
	negRngs  [][]rune              // [:^alpha:], \D inside
	neg      bool
	alts     [][]*reNode
	assert   byte // reAssert: '^' (text or line), '$', 'A', 'z', 'b', 'B'
	multi    bool // (?m): ^ and $ at line boundaries
	min, max int  // max < 0: unbounded
}

const (
	reLit = iota
	reAny
	reClass
	reGroup
	reAssert
)

// reFlags are the (?imsU) flags in force.
type reFlags struct{ fold, multi, dotNL, ungreedy bool }

type reParser struct {
	s     string
	i     int
	err   string // the first error: "code: `text`"
	flags reFlags
}

func (p *reParser) fail(code, text string) {
	if p.err == "" {
		p.err = code + ": `" + text + "`"
	}
}

// reCompile parses pattern; err is regexp.Compile's error text.
func reCompile(pattern string) (g *reNode, err string) {
	p := &reParser{s: pattern}
	alts := p.alts(0)
	if p.err == "" && p.i < len(p.s) {
		p.fail("unexpected )", p.s) // a ')' closing no group
	}
	if p.err != "" {
		return nil, "error parsing regexp: " + p.err
	}
	return &reNode{kind: reGroup, alts: alts, min: 1, max: 1}, ""
}

// reMatch reports whether pattern matches somewhere in s.  An invalid
// pattern matches nothing.
func reMatch(pattern, s string) bool {
	g, err := reCompile(pattern)
	if err != "" {
		return false
	}
	for start := 0; start <= len(s); {
		if reOne(g, s, start, func(int) bool { return true }) {
			return true
		}
		if start == len(s) {
			break
		}
		_, w := utf8.DecodeRuneInString(s[start:])
		start += w
	}
	return false
}

// alts parses alternatives up to the end or a ')' (left unread).
func (p *reParser) alts(depth int) [][]*reNode {
	var alts [][]*reNode
	for {
		alts = append(alts, p.seq(depth))
		if p.err != "" {
			return nil
		}
		if p.i < len(p.s) && p.s[p.i] == '|' {
			p.i++
			continue
		}
		return alts
	}
}

func (p *reParser) seq(depth int) []*reNode {
	var seq []*reNode
	lastRepeat := -1 // where the repetition just before began
	for p.i < len(p.s) && p.s[p.i] != '|' && p.s[p.i] != ')' && p.err == "" {
		before := p.i
		min, max, after := 0, 0, -1
		switch p.s[p.i] {
		case '*':
			min, max, after = 0, -1, p.i+1
		case '+':
			min, max, after = 1, -1, p.i+1
		case '?':
			min, max, after = 0, 1, p.i+1
		case '{':
			var ok bool
			if min, max, after, ok = p.braces(); ok {
				if min < 0 || min > 1000 || max > 1000 || max >= 0 && min > max {
					p.fail("invalid repeat count", p.s[before:after])
					return nil
				}
			} else {
				after = -1 // a literal '{'
			}
		}
		if after < 0 {
			lastRepeat = -1
			if strings.HasPrefix(p.s[p.i:], `\Q`) {
				// \Q...\E: literals (a repetition after applies to
				// the last one)
				lit, _, found := strings.Cut(p.s[p.i+2:], `\E`)
				p.i += 2 + len(lit)
				if found {
					p.i += 2
				}
				for _, r := range lit {
					n := p.lit(r)
					n.min, n.max = 1, 1
					seq = append(seq, n)
				}
				continue
			}
			n := p.atom(depth)
			if n != nil {
				n.min, n.max = 1, 1
				seq = append(seq, n)
			}
			continue
		}
		if after < len(p.s) && p.s[after] == '?' {
			after++ // non-greedy: the same set of matches
		}
		if lastRepeat >= 0 {
			p.fail("invalid nested repetition operator", p.s[lastRepeat:after])
			return nil
		}
		if len(seq) == 0 {
			p.fail("missing argument to repetition operator", p.s[before:after])
			return nil
		}
		last := seq[len(seq)-1]
		if last.min != 1 || last.max != 1 {
			// a repetition of a repetition reached through a flag
			// group: wrap it
			last = &reNode{kind: reGroup, alts: [][]*reNode{{last}}}
			seq[len(seq)-1] = last
		}
		last.min, last.max = min, max
		lastRepeat = before
		p.i = after
	}
	return seq
}

// braces parses {n}, {n,} or {n,m} at p.i; ok is false when the text
// is not one (then '{' is a literal).  A number above 1e8 is -1.
func (p *reParser) braces() (min, max, after int, ok bool) {
	j := p.i + 1
	num := func() (int, bool) {
		if j >= len(p.s) || p.s[j] < '0' || p.s[j] > '9' {
			return 0, false
		}
		if j+1 < len(p.s) && p.s[j] == '0' && p.s[j+1] >= '0' && p.s[j+1] <= '9' {
			return 0, false // no leading zeros
		}
		n := 0
		for ; j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9'; j++ {
			if n >= 1e8 {
				n = -1
			} else if n >= 0 {
				n = n*10 + int(p.s[j]-'0')
			}
		}
		return n, true
	}
	var good bool
	if min, good = num(); !good || j >= len(p.s) {
		return 0, 0, 0, false
	}
	max = min
	if p.s[j] == ',' {
		j++
		if j >= len(p.s) {
			return 0, 0, 0, false
		}
		if p.s[j] == '}' {
			max = -1
		} else if max, good = num(); !good {
			return 0, 0, 0, false
		} else if max < 0 {
			min = -1
		}
	}
	if j >= len(p.s) || p.s[j] != '}' {
		return 0, 0, 0, false
	}
	return min, max, j + 1, true
}

func (p *reParser) atom(depth int) *reNode {
	c, w := utf8.DecodeRuneInString(p.s[p.i:])
	start := p.i
	p.i += w
	switch c {
	case '.':
		return &reNode{kind: reAny, dotNL: p.flags.dotNL}
	case '^':
		return &reNode{kind: reAssert, assert: '^', multi: p.flags.multi}
	case '$':
		return &reNode{kind: reAssert, assert: '$', multi: p.flags.multi}
	case '(':
		return p.group(start, depth)
	case '[':
		return p.class(start)
	case '\\':
		return p.escape(start)
	}
	return p.lit(c)
}

func (p *reParser) lit(c rune) *reNode {
	return &reNode{kind: reLit, r: c, fold: p.flags.fold}
}

// group parses what follows a '(' at start: a flag setting (no node),
// or a group, whose flags end with it.
func (p *reParser) group(start, depth int) *reNode {
	saved := p.flags
	if strings.HasPrefix(p.s[p.i:], "?") {
		t := p.s[start:]
		if len(t) > 4 && t[2] == 'P' && t[3] == '<' {
			end := strings.IndexByte(t, '>')
			if end < 0 {
				p.fail("invalid named capture", t)
				return nil
			}
			name := t[4:end]
			valid := name != ""
			for _, r := range name {
				if r != '_' && !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
					valid = false
				}
			}
			if !valid {
				p.fail("invalid named capture", t[:end+1])
				return nil
			}
			p.i = start + end + 1
		} else {
			p.i++ // '?'
			f, neg, saw := p.flags, false, false
			for {
				if p.i >= len(p.s) {
					p.fail("invalid or unsupported Perl syntax", p.s[start:])
					return nil
				}
				c, w := utf8.DecodeRuneInString(p.s[p.i:])
				p.i += w
				switch c {
				case 'i':
					f.fold, saw = !neg, true
					continue
				case 'm':
					f.multi, saw = !neg, true
					continue
				case 's':
					f.dotNL, saw = !neg, true
					continue
				case 'U':
					f.ungreedy, saw = !neg, true
					continue
				case '-':
					if !neg {
						neg, saw = true, false
						continue
					}
				case ':', ')':
					if !neg || saw {
						p.flags = f
						if c == ')' {
							return nil // the flags hold to the group's end
						}
						goto body
					}
				}
				p.fail("invalid or unsupported Perl syntax", p.s[start:p.i])
				return nil
			}
		}
	}
body:
	alts := p.alts(depth + 1)
	p.flags = saved
	if p.err != "" {
		return nil
	}
	if p.i >= len(p.s) {
		p.fail("missing closing )", p.s)
		return nil
	}
	p.i++ // ')'
	return &reNode{kind: reGroup, alts: alts}
}

// escape parses a backslash escape outside a class.
func (p *reParser) escape(start int) *reNode {
	if p.i >= len(p.s) {
		p.fail("trailing backslash at end of expression", "")
		return nil
	}
	switch c := p.s[p.i]; c {
	case 'A', 'z', 'b', 'B':
		p.i++
		return &reNode{kind: reAssert, assert: c}
	case 'C':
		p.fail("invalid escape sequence", p.s[start:p.i+1])
		return nil
	}
	if n := p.classEscape(start); n != nil || p.err != "" {
		return n
	}
	r := p.escapeRune(start)
	if p.err != "" {
		return nil
	}
	return p.lit(r)
}

// classEscape parses \d \s \w (and negations) and \p, \P at p.i (after
// the backslash at start); nil when the escape is none of these.
func (p *reParser) classEscape(start int) *reNode {
	c := p.s[p.i]
	var n *reNode
	switch c {
	case 'd', 'D':
		n = &reNode{kind: reClass, ranges: []rune{'0', '9'}}
	case 'w', 'W':
		n = &reNode{kind: reClass, ranges: []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}}
	case 's', 'S':
		n = &reNode{kind: reClass, ranges: []rune{'\t', '\n', '\f', '\r', ' ', ' '}}
	case 'p', 'P':
		return p.unicodeClass(start)
	default:
		return nil
	}
	p.i++
	n.neg = c == 'D' || c == 'W' || c == 'S'
	return n
}

// unicodeClass parses \pX, \p{Name}, \p{^Name} and \P... (p.i at p/P).
func (p *reParser) unicodeClass(start int) *reNode {
	neg := p.s[p.i] == 'P'
	p.i++
	if p.i >= len(p.s) {
		p.fail("invalid character class range", p.s[start:])
		return nil
	}
	var name string
	if p.s[p.i] == '{' {
		end := strings.IndexByte(p.s[p.i:], '}')
		if end < 0 {
			p.fail("invalid character class range", p.s[start:])
			return nil
		}
		name = p.s[p.i+1 : p.i+end]
		p.i += end + 1
	} else {
		_, w := utf8.DecodeRuneInString(p.s[p.i:])
		name = p.s[p.i : p.i+w]
		p.i += w
	}
	seq := p.s[start:p.i]
	if strings.HasPrefix(name, "^") {
		neg, name = !neg, name[1:]
	}
	var tab *unicode.RangeTable
	if name == "Any" {
		return &reNode{kind: reClass, ranges: []rune{0, unicode.MaxRune}, neg: neg}
	}
	if t, ok := unicode.Categories[name]; ok {
		tab = t
	} else if t, ok := unicode.Scripts[name]; ok {
		tab = t
	} else {
		p.fail("invalid character class range", seq)
		return nil
	}
	return &reNode{kind: reClass, tables: []*unicode.RangeTable{tab}, neg: neg}
}

// escapeRune parses a rune escape (p.i after the backslash at start):
// punctuation, octal, hexadecimal and the C escapes.
func (p *reParser) escapeRune(start int) rune {
	c, w := utf8.DecodeRuneInString(p.s[p.i:])
	p.i += w
	bad := func() rune {
		p.fail("invalid escape sequence", p.s[start:p.i])
		return 0
	}
	octal := func(r rune) rune {
		for k := 1; k < 3 && p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '7'; k++ {
			r = r*8 + rune(p.s[p.i]-'0')
			p.i++
		}
		return r
	}
	switch {
	case c < utf8.RuneSelf && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'):
		return c
	case c >= '1' && c <= '7':
		if p.i >= len(p.s) || p.s[p.i] < '0' || p.s[p.i] > '7' {
			return bad() // a backreference: not supported
		}
		return octal(c - '0')
	case c == '0':
		return octal(0)
	case c == 'x':
		if p.i >= len(p.s) {
			return bad()
		}
		if p.s[p.i] == '{' {
			p.i++
			r, nhex := rune(0), 0
			for {
				if p.i >= len(p.s) {
					return bad()
				}
				d, w := utf8.DecodeRuneInString(p.s[p.i:])
				p.i += w
				if d == '}' {
					break
				}
				v := unhex(d)
				if v < 0 {
					return bad()
				}
				if r = r*16 + v; r > unicode.MaxRune {
					return bad()
				}
				nhex++
			}
			if nhex == 0 {
				return bad()
			}
			return r
		}
		x, w := utf8.DecodeRuneInString(p.s[p.i:])
		p.i += w
		if p.i >= len(p.s) {
			return bad()
		}
		y, w := utf8.DecodeRuneInString(p.s[p.i:])
		p.i += w
		if unhex(x) < 0 || unhex(y) < 0 {
			return bad()
		}
		return unhex(x)*16 + unhex(y)
	}
	switch c {
	case 'a':
		return '\a'
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	case 'v':
		return '\v'
	}
	return bad()
}

func unhex(c rune) rune {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}

var posixClasses = map[string][]rune{
	"alnum":  {'0', '9', 'A', 'Z', 'a', 'z'},
	"alpha":  {'A', 'Z', 'a', 'z'},
	"ascii":  {0, 0x7f},
	"blank":  {'\t', '\t', ' ', ' '},
	"cntrl":  {0, 0x1f, 0x7f, 0x7f},
	"digit":  {'0', '9'},
	"graph":  {'!', '~'},
	"lower":  {'a', 'z'},
	"print":  {' ', '~'},
	"punct":  {'!', '/', ':', '@', '[', '`', '{', '~'},
	"space":  {'\t', '\r', ' ', ' '},
	"upper":  {'A', 'Z'},
	"word":   {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
	"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
}

// class parses a bracketed class; start is its '['.
func (p *reParser) class(start int) *reNode {
	n := &reNode{kind: reClass, fold: p.flags.fold}
	if p.i < len(p.s) && p.s[p.i] == '^' {
		n.neg = true
		p.i++
	}
	missing := func() *reNode {
		p.fail("missing closing ]", p.s[start:])
		return nil
	}
	first := true // ']' is a literal first
	for p.i >= len(p.s) || p.s[p.i] != ']' || first {
		if p.i >= len(p.s) {
			return missing()
		}
		first = false
		t := p.s[p.i:]
		if len(t) > 2 && t[0] == '[' && t[1] == ':' {
			if end := strings.Index(t[2:], ":]"); end >= 0 {
				name := t[2 : end+2]
				whole := t[:end+4]
				negc := strings.HasPrefix(name, "^")
				rs, ok := posixClasses[strings.TrimPrefix(name, "^")]
				if !ok {
					p.fail("invalid character class range", whole)
					return nil
				}
				if negc {
					n.negRngs = append(n.negRngs, rs)
				} else {
					n.ranges = append(n.ranges, rs...)
				}
				p.i += len(whole)
				continue
			}
		}
		if t[0] == '\\' && len(t) > 1 {
			esc := p.i
			p.i++
			if sub := p.classEscape(esc); sub != nil || p.err != "" {
				if p.err != "" {
					return nil
				}
				switch {
				case sub.tables != nil && sub.neg:
					n.negTabs = append(n.negTabs, sub.tables...)
				case sub.tables != nil:
					n.tables = append(n.tables, sub.tables...)
				case sub.neg:
					n.negRngs = append(n.negRngs, sub.ranges)
				default:
					n.ranges = append(n.ranges, sub.ranges...)
				}
				continue
			}
			p.i = esc
		}
		rngStart := p.i
		lo := p.classChar(start)
		if p.err != "" {
			return nil
		}
		hi := lo
		if p.i+1 < len(p.s) && p.s[p.i] == '-' && p.s[p.i+1] != ']' {
			p.i++
			hi = p.classChar(start)
			if p.err != "" {
				return nil
			}
			if hi < lo {
				p.fail("invalid character class range", p.s[rngStart:p.i])
				return nil
			}
		}
		n.ranges = append(n.ranges, lo, hi)
	}
	p.i++ // ']'
	return n
}

// classChar parses one character of a class (start: the class's '[').
func (p *reParser) classChar(start int) rune {
	if p.i >= len(p.s) {
		p.fail("missing closing ]", p.s[start:])
		return 0
	}
	if p.s[p.i] == '\\' {
		esc := p.i
		p.i++
		if p.i >= len(p.s) {
			p.fail("trailing backslash at end of expression", "")
			return 0
		}
		return p.escapeRune(esc)
	}
	r, w := utf8.DecodeRuneInString(p.s[p.i:])
	p.i += w
	return r
}

func inRanges(rs []rune, r rune) bool {
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] <= r && r <= rs[i+1] {
			return true
		}
	}
	return false
}

// reSeq matches seq[k:] at s[pos:], then calls the continuation.
func reSeq(seq []*reNode, k int, s string, pos int, cont func(int) bool) bool {
	if k == len(seq) {
		return cont(pos)
	}
	n := seq[k]
	return reRepeat(n, 0, s, pos, func(end int) bool { return reSeq(seq, k+1, s, end, cont) })
}

// reRepeat matches n between its min and max times (count so far),
// preferring more repetitions.
func reRepeat(n *reNode, count int, s string, pos int, cont func(int) bool) bool {
	if n.max < 0 || count < n.max {
		if reOne(n, s, pos, func(end int) bool {
			if end == pos && count >= n.min {
				return false // an empty repetition cannot loop
			}
			return reRepeat(n, count+1, s, end, cont)
		}) {
			return true
		}
	}
	return count >= n.min && cont(pos)
}

func isWordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func (n *reNode) classHas(r rune) bool {
	if inRanges(n.ranges, r) {
		return true
	}
	for _, rs := range n.negRngs {
		if !inRanges(rs, r) {
			return true
		}
	}
	for _, t := range n.tables {
		if unicode.Is(t, r) {
			return true
		}
	}
	for _, t := range n.negTabs {
		if !unicode.Is(t, r) {
			return true
		}
	}
	return false
}

func reOne(n *reNode, s string, pos int, cont func(int) bool) bool {
	if n.kind == reGroup {
		for _, alt := range n.alts {
			if reSeq(alt, 0, s, pos, cont) {
				return true
			}
		}
		return false
	}
	if n.kind == reAssert {
		ok := false
		switch n.assert {
		case '^':
			ok = pos == 0 || n.multi && s[pos-1] == '\n'
		case '$':
			ok = pos == len(s) || n.multi && s[pos] == '\n'
		case 'A':
			ok = pos == 0
		case 'z':
			ok = pos == len(s)
		case 'b', 'B':
			ok = (isWordByte(s, pos-1) != isWordByte(s, pos)) == (n.assert == 'b')
		}
		return ok && cont(pos)
	}
	if pos >= len(s) {
		return false
	}
	r, w := utf8.DecodeRuneInString(s[pos:])
	ok := false
	switch n.kind {
	case reLit:
		ok = r == n.r || n.fold && foldEq(r, n.r)
	case reAny:
		ok = r != '\n' || n.dotNL
	case reClass:
		in := n.classHas(r)
		if !in && n.fold {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if n.classHas(f) {
					in = true
					break
				}
			}
		}
		ok = in != n.neg
	}
	return ok && cont(pos+w)
}

// foldEq reports whether a and b are in the same case-folding orbit.
func foldEq(a, b rune) bool {
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

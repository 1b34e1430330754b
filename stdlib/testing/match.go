// A small regular-expression matcher for -test.run and -test.bench (the
// package regexp is not in gosub's subset): literals, ., classes [a-z]
// and [^...], \d \w \s and their negations, groups, |, ^, $, and the
// quantifiers *, +, ? and {n,m} (greedy; a trailing ? is accepted).
// Matching is unanchored, as regexp.MatchString's, by backtracking.
package testing

import "strconv"

type reNode struct {
	kind     int // reLit, reAny, reClass, reGroup, reBegin, reEnd
	lit      byte
	ranges   []byte // pairs lo, hi
	neg      bool
	alts     [][]*reNode
	min, max int // max < 0: unbounded
}

const (
	reLit = iota
	reAny
	reClass
	reGroup
	reBegin
	reEnd
)

type reParser struct {
	s   string
	i   int
	bad bool
}

// reMatch reports whether pattern matches somewhere in s.  An invalid
// pattern matches nothing.
func reMatch(pattern, s string) bool {
	p := &reParser{s: pattern}
	alts := p.alts()
	if p.bad || p.i < len(p.s) {
		return false
	}
	g := []*reNode{{kind: reGroup, alts: alts, min: 1, max: 1}}
	for start := 0; start <= len(s); start++ {
		if reSeq(g, 0, s, start, func(int) bool { return true }) {
			return true
		}
	}
	return false
}

func (p *reParser) alts() [][]*reNode {
	var alts [][]*reNode
	for {
		alts = append(alts, p.seq())
		if p.i < len(p.s) && p.s[p.i] == '|' {
			p.i++
			continue
		}
		return alts
	}
}

func (p *reParser) seq() []*reNode {
	var seq []*reNode
	for p.i < len(p.s) && p.s[p.i] != '|' && p.s[p.i] != ')' {
		n := p.atom()
		if p.bad {
			return nil
		}
		n.min, n.max = 1, 1
		if p.i < len(p.s) {
			switch p.s[p.i] {
			case '*':
				n.min, n.max = 0, -1
				p.i++
			case '+':
				n.min, n.max = 1, -1
				p.i++
			case '?':
				n.min, n.max = 0, 1
				p.i++
			case '{':
				p.braces(n)
			}
			if p.i < len(p.s) && p.s[p.i] == '?' {
				p.i++ // lazy: same set of matches
			}
		}
		seq = append(seq, n)
	}
	return seq
}

func (p *reParser) braces(n *reNode) {
	end := p.i + 1
	for end < len(p.s) && p.s[end] != '}' {
		end++
	}
	if end == len(p.s) {
		n.kind, n.lit = reLit, '{' // not a repetition: a literal brace
		return
	}
	body := p.s[p.i+1 : end]
	lo, hi := body, body
	comma := false
	for k := 0; k < len(body); k++ {
		if body[k] == ',' {
			lo, hi, comma = body[:k], body[k+1:], true
		}
	}
	a, err := strconv.Atoi(lo)
	if err != nil {
		p.bad = true
		return
	}
	b := a
	if comma {
		b = -1
		if hi != "" {
			if b, err = strconv.Atoi(hi); err != nil {
				p.bad = true
				return
			}
		}
	}
	n.min, n.max = a, b
	p.i = end + 1
}

func (p *reParser) atom() *reNode {
	c := p.s[p.i]
	p.i++
	switch c {
	case '.':
		return &reNode{kind: reAny}
	case '^':
		return &reNode{kind: reBegin}
	case '$':
		return &reNode{kind: reEnd}
	case '(':
		if p.i+1 < len(p.s) && p.s[p.i] == '?' && p.s[p.i+1] == ':' {
			p.i += 2
		}
		alts := p.alts()
		if p.i >= len(p.s) || p.s[p.i] != ')' {
			p.bad = true
			return nil
		}
		p.i++
		return &reNode{kind: reGroup, alts: alts}
	case '[':
		return p.class()
	case '\\':
		if p.i >= len(p.s) {
			p.bad = true
			return nil
		}
		e := p.s[p.i]
		p.i++
		if n := escClass(e); n != nil {
			return n
		}
		return &reNode{kind: reLit, lit: e}
	case '*', '+', '?', ')':
		p.bad = true
		return nil
	}
	return &reNode{kind: reLit, lit: c}
}

func escClass(e byte) *reNode {
	switch e {
	case 'd', 'D':
		return &reNode{kind: reClass, ranges: []byte{'0', '9'}, neg: e == 'D'}
	case 'w', 'W':
		return &reNode{kind: reClass, ranges: []byte{'0', '9', 'A', 'Z', 'a', 'z', '_', '_'}, neg: e == 'W'}
	case 's', 'S':
		return &reNode{kind: reClass, ranges: []byte{'\t', '\n', '\f', '\r', ' ', ' '}, neg: e == 'S'}
	}
	return nil
}

func (p *reParser) class() *reNode {
	n := &reNode{kind: reClass}
	if p.i < len(p.s) && p.s[p.i] == '^' {
		n.neg = true
		p.i++
	}
	first := true
	for p.i < len(p.s) && (p.s[p.i] != ']' || first) {
		first = false
		c := p.s[p.i]
		p.i++
		if c == '\\' && p.i < len(p.s) {
			e := p.s[p.i]
			p.i++
			if sub := escClass(e); sub != nil && !sub.neg {
				n.ranges = append(n.ranges, sub.ranges...)
				continue
			}
			c = e
		}
		hi := c
		if p.i+1 < len(p.s) && p.s[p.i] == '-' && p.s[p.i+1] != ']' {
			hi = p.s[p.i+1]
			p.i += 2
		}
		n.ranges = append(n.ranges, c, hi)
	}
	if p.i >= len(p.s) {
		p.bad = true
		return nil
	}
	p.i++ // ']'
	return n
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

func reOne(n *reNode, s string, pos int, cont func(int) bool) bool {
	switch n.kind {
	case reLit:
		return pos < len(s) && s[pos] == n.lit && cont(pos+1)
	case reAny:
		return pos < len(s) && s[pos] != '\n' && cont(pos+1)
	case reClass:
		if pos >= len(s) {
			return false
		}
		in := false
		for i := 0; i+1 < len(n.ranges); i += 2 {
			if s[pos] >= n.ranges[i] && s[pos] <= n.ranges[i+1] {
				in = true
			}
		}
		return in != n.neg && cont(pos+1)
	case reBegin:
		return pos == 0 && cont(pos)
	case reEnd:
		return pos == len(s) && cont(pos)
	case reGroup:
		for _, alt := range n.alts {
			if reSeq(alt, 0, s, pos, cont) {
				return true
			}
		}
	}
	return false
}

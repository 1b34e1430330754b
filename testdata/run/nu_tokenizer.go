// A text tokenizer in the style of a compilers course exercise: a scanner
// over runes producing typed tokens, with positions, a keyword table and
// error tokens for bad input.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Keyword
	Op
	Punct
	Comment
	Illegal
)

var kindNames = [...]string{"EOF", "Ident", "Number", "String", "Keyword", "Op", "Punct", "Comment", "Illegal"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type Token struct {
	Kind Kind
	Text string
	Pos  Pos
}

var keywords = map[string]bool{"let": true, "if": true, "else": true, "fn": true, "return": true, "while": true}

type Scanner struct {
	src   string
	off   int
	line  int
	col   int
	toks  []Token
	nerrs int
}

func NewScanner(src string) *Scanner {
	return &Scanner{src: src, line: 1, col: 1}
}

func (s *Scanner) peek() rune {
	if s.off >= len(s.src) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s.src[s.off:])
	return r
}

func (s *Scanner) next() rune {
	if s.off >= len(s.src) {
		return -1
	}
	r, w := utf8.DecodeRuneInString(s.src[s.off:])
	s.off += w
	if r == '\n' {
		s.line++
		s.col = 1
	} else {
		s.col++
	}
	return r
}

func (s *Scanner) emit(k Kind, start int, p Pos) {
	s.toks = append(s.toks, Token{k, s.src[start:s.off], p})
}

func (s *Scanner) Scan() []Token {
	for {
		r := s.peek()
		if r == -1 {
			s.toks = append(s.toks, Token{EOF, "", Pos{s.line, s.col}})
			return s.toks
		}
		p := Pos{s.line, s.col}
		start := s.off
		switch {
		case unicode.IsSpace(r):
			s.next()
		case unicode.IsLetter(r) || r == '_':
			for r := s.peek(); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'; r = s.peek() {
				s.next()
			}
			if keywords[s.src[start:s.off]] {
				s.emit(Keyword, start, p)
			} else {
				s.emit(Ident, start, p)
			}
		case unicode.IsDigit(r):
			dot := false
			for r := s.peek(); unicode.IsDigit(r) || (r == '.' && !dot); r = s.peek() {
				if r == '.' {
					dot = true
				}
				s.next()
			}
			s.emit(Number, start, p)
		case r == '"':
			s.next()
			closed := false
			for r := s.peek(); r != -1 && r != '\n'; r = s.peek() {
				s.next()
				if r == '\\' {
					s.next()
					continue
				}
				if r == '"' {
					closed = true
					break
				}
			}
			if closed {
				s.emit(String, start, p)
			} else {
				s.emit(Illegal, start, p)
				s.nerrs++
			}
		case r == '/' && strings.HasPrefix(s.src[s.off:], "//"):
			for r := s.peek(); r != -1 && r != '\n'; r = s.peek() {
				s.next()
			}
			s.emit(Comment, start, p)
		case strings.ContainsRune("+-*/=<>!&|", r):
			s.next()
			two := s.src[start:min(s.off+1, len(s.src))]
			switch two {
			case "==", "!=", "<=", ">=", "&&", "||", "->":
				s.next()
			}
			s.emit(Op, start, p)
		case strings.ContainsRune("(){}[],;", r):
			s.next()
			s.emit(Punct, start, p)
		default:
			s.next()
			s.emit(Illegal, start, p)
			s.nerrs++
		}
	}
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func summarize(toks []Token) map[Kind]int {
	m := make(map[Kind]int)
	for _, t := range toks {
		m[t.Kind]++
	}
	return m
}

func main() {
	src := `let x = 42;
let name = "héllo, \"world\"";
fn add(a, b) { return a + b; } // adds
if x >= 10 && name != "" {
	y = add(x, 3.14) * 2;
} else { y = -1 }
while π <= 3 { x = x - 1 }
let bad = "unterminated
@ # $`
	sc := NewScanner(src)
	toks := sc.Scan()
	fmt.Printf("%d tokens, %d errors\n", len(toks), sc.nerrs)
	for i, t := range toks {
		if t.Kind == Illegal {
			fmt.Printf("%3d %-6s %-8v %q\n", i, t.Pos, t.Kind, t.Text)
		}
	}
	line := 0
	var b strings.Builder
	for _, t := range toks {
		if t.Pos.Line != line {
			if b.Len() > 0 {
				fmt.Println(b.String())
				b.Reset()
			}
			line = t.Pos.Line
			fmt.Fprintf(&b, "L%d:", line)
		}
		fmt.Fprintf(&b, " %v(%s)", t.Kind, t.Text)
	}
	fmt.Println(b.String())
	counts := summarize(toks)
	fmt.Println(counts)
	for k := EOF; k <= Illegal+1; k++ {
		fmt.Printf("%-8s|%3d|\n", k, counts[k])
	}
	var nums []float64
	for _, t := range toks {
		if t.Kind == Number {
			f, err := strconv.ParseFloat(t.Text, 64)
			if err != nil {
				fmt.Println("bad number", err)
				continue
			}
			nums = append(nums, f)
		}
	}
	fmt.Println("numbers:", nums, len(nums), cap(nums))
	for _, t := range toks {
		if t.Kind == String {
			u, err := strconv.Unquote(t.Text)
			fmt.Printf("string %s -> %q err=%v runes=%d\n", t.Text, u, err, utf8.RuneCountInString(u))
		}
	}
}

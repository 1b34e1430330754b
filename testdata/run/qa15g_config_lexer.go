package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Punct
	Comment
	Illegal
)

var kindNames = map[Kind]string{EOF: "EOF", Ident: "Ident", Number: "Number", String: "String", Punct: "Punct", Comment: "Comment", Illegal: "Illegal"}

func (k Kind) String() string { return kindNames[k] }

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type Token struct {
	Kind Kind
	Text string
	Pos  Pos
}

type Lexer struct {
	src  []rune
	i    int
	pos  Pos
	errs []string
}

func NewLexer(s string) *Lexer { return &Lexer{src: []rune(s), pos: Pos{1, 1}} }

func (l *Lexer) peek() rune {
	if l.i < len(l.src) {
		return l.src[l.i]
	}
	return -1
}

func (l *Lexer) advance() rune {
	r := l.src[l.i]
	l.i++
	if r == '\n' {
		l.pos.Line++
		l.pos.Col = 1
	} else {
		l.pos.Col++
	}
	return r
}

func (l *Lexer) Next() Token {
	for unicode.IsSpace(l.peek()) {
		l.advance()
	}
	start := l.pos
	r := l.peek()
	var b strings.Builder
	switch {
	case r == -1:
		return Token{EOF, "", start}
	case r == '#':
		for l.peek() != '\n' && l.peek() != -1 {
			b.WriteRune(l.advance())
		}
		return Token{Comment, b.String(), start}
	case unicode.IsLetter(r) || r == '_':
		for unicode.IsLetter(l.peek()) || unicode.IsDigit(l.peek()) || l.peek() == '_' || l.peek() == '.' {
			b.WriteRune(l.advance())
		}
		return Token{Ident, b.String(), start}
	case unicode.IsDigit(r):
		for unicode.IsDigit(l.peek()) || l.peek() == '.' {
			b.WriteRune(l.advance())
		}
		return Token{Number, b.String(), start}
	case r == '"':
		l.advance()
		for {
			c := l.peek()
			if c == -1 || c == '\n' {
				l.errs = append(l.errs, fmt.Sprintf("%v: unterminated string", start))
				return Token{Illegal, b.String(), start}
			}
			l.advance()
			if c == '"' {
				return Token{String, b.String(), start}
			}
			if c == '\\' && l.peek() != -1 {
				c = l.advance()
				if c == 'n' {
					c = '\n'
				}
			}
			b.WriteRune(c)
		}
	case strings.ContainsRune("=[]{},", r):
		return Token{Punct, string(l.advance()), start}
	}
	l.advance()
	l.errs = append(l.errs, fmt.Sprintf("%v: unexpected %q", start, r))
	return Token{Illegal, string(r), start}
}

const input = `# server config
[server]
host = "exämple.org"
port = 8080
ratio = 0.75
motd = "line1\nline \"two\""
[limits] burst=10 ; bad
name = "oops
ünï_code = 1`

func main() {
	l := NewLexer(input)
	counts := map[Kind]int{}
	for {
		t := l.Next()
		counts[t.Kind]++
		fmt.Printf("%-5v %-8v %q\n", t.Pos, t.Kind, t.Text)
		if t.Kind == EOF {
			break
		}
	}
	fmt.Println(counts)
	for _, e := range l.errs {
		fmt.Println("error:", e)
	}
}

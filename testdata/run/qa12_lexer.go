// A small tokenizer for an arithmetic/assignment language, written as a
// hand-rolled state machine (goto, labelled loops, switch fallthrough).
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	Op
	LParen
	RParen
	Assign
	Semi
)

var kindNames = [...]string{"EOF", "Ident", "Number", "Op", "LParen", "RParen", "Assign", "Semi"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%s(%q)@%d", t.Kind, t.Text, t.Pos) }

type Lexer struct {
	src  string
	pos  int
	toks []Token
}

var ErrBadChar = errors.New("bad character")

type LexError struct {
	Pos int
	Ch  byte
}

func (e *LexError) Error() string { return fmt.Sprintf("pos %d: unexpected %q", e.Pos, e.Ch) }
func (e *LexError) Unwrap() error { return ErrBadChar }

func NewLexer(src string) *Lexer {
	return &Lexer{src: src, toks: make([]Token, 0, len(src)/2+1)}
}

func isLetter(c byte) bool { return c == '_' || (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

func (l *Lexer) emit(k Kind, start int) {
	l.toks = append(l.toks, Token{k, l.src[start:l.pos], start})
}

func (l *Lexer) Run() ([]Token, error) {
	var start int
next:
	if l.pos >= len(l.src) {
		l.toks = append(l.toks, Token{Kind: EOF, Pos: l.pos})
		return l.toks, nil
	}
	start = l.pos
	switch c := l.src[l.pos]; {
	case c == ' ' || c == '\t' || c == '\n':
		l.pos++
		goto next
	case isLetter(c):
		for l.pos < len(l.src) && (isLetter(l.src[l.pos]) || isDigit(l.src[l.pos])) {
			l.pos++
		}
		l.emit(Ident, start)
	case isDigit(c):
		seenDot := false
	digits:
		for l.pos < len(l.src) {
			switch d := l.src[l.pos]; {
			case d == '.' && !seenDot:
				seenDot = true
			case isDigit(d):
			default:
				break digits
			}
			l.pos++
		}
		l.emit(Number, start)
	case c == ':':
		if l.pos+1 < len(l.src) && l.src[l.pos+1] == '=' {
			l.pos += 2
			l.emit(Assign, start)
			break
		}
		return nil, &LexError{l.pos, c}
	default:
		l.pos++
		switch c {
		case '(':
			l.emit(LParen, start)
		case ')':
			l.emit(RParen, start)
		case ';':
			l.emit(Semi, start)
		case '*', '/':
			if l.pos < len(l.src) && l.src[l.pos] == c {
				l.pos++ // ** and //
			}
			fallthrough
		case '+', '-', '%':
			l.emit(Op, start)
		default:
			return nil, &LexError{start, c}
		}
	}
	goto next
}

func summarize(toks []Token) map[Kind]int {
	m := make(map[Kind]int)
	for _, t := range toks {
		m[t.Kind]++
	}
	return m
}

func main() {
	inputs := []string{
		"x := 3 + 4.25 * (y - 2);",
		"total := a**2 // b % 7",
		"bad := 3 $ 4",
		"z : 1",
		"",
	}
	for _, in := range inputs {
		toks, err := NewLexer(in).Run()
		if err != nil {
			var le *LexError
			if errors.As(err, &le) {
				fmt.Printf("%-28q error at %d (%c) is-bad=%v: %v\n", in, le.Pos, le.Ch, errors.Is(err, ErrBadChar), err)
			}
			continue
		}
		var sb strings.Builder
		for i, t := range toks {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(t.String())
		}
		fmt.Println(sb.String())
		counts := summarize(toks)
		for k := EOF; k <= Semi; k++ {
			if counts[k] > 0 {
				fmt.Printf("  %v=%d", k, counts[k])
			}
		}
		fmt.Println()
	}
	fmt.Println(Kind(42))
}

// A lexer in the state-function style: each state is a function that
// returns the next state; tokens go into a preallocated slice.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type tokKind int

const (
	tNumber tokKind = iota
	tIdent
	tOp
	tEOF
)

func (k tokKind) String() string {
	return [...]string{"num", "ident", "op", "eof"}[k]
}

type token struct {
	kind tokKind
	text string
}

type lexer struct {
	src    string
	start  int
	pos    int
	tokens []token
}

type stateFn func(*lexer) stateFn

func (l *lexer) emit(k tokKind) {
	l.tokens = append(l.tokens, token{k, l.src[l.start:l.pos]})
	l.start = l.pos
}

func (l *lexer) peek() byte {
	if l.pos >= len(l.src) {
		return 0
	}
	return l.src[l.pos]
}

func lexAny(l *lexer) stateFn {
	for l.pos < len(l.src) && l.src[l.pos] == ' ' {
		l.pos++
		l.start = l.pos
	}
	c := l.peek()
	switch {
	case c == 0:
		l.emit(tEOF)
		return nil
	case c >= '0' && c <= '9':
		return lexNumber
	case unicode.IsLetter(rune(c)) || c == '_':
		return lexIdent
	case strings.IndexByte("+-*/()=", c) >= 0:
		l.pos++
		l.emit(tOp)
		return lexAny
	}
	panic(fmt.Sprintf("bad char %q at %d", c, l.pos))
}

func lexNumber(l *lexer) stateFn {
	for c := l.peek(); c >= '0' && c <= '9' || c == '.'; c = l.peek() {
		l.pos++
	}
	l.emit(tNumber)
	return lexAny
}

func lexIdent(l *lexer) stateFn {
	for c := l.peek(); c == '_' || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)); c = l.peek() {
		l.pos++
	}
	l.emit(tIdent)
	return lexAny
}

func lex(src string) (toks []token, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("lex: %v", r)
		}
	}()
	l := &lexer{src: src, tokens: make([]token, 0, len(src)/2+1)}
	for state := lexAny; state != nil; {
		state = state(l)
	}
	return l.tokens, nil
}

func main() {
	for _, src := range []string{"x = 3.5 * (y_1 + 42)", "a+b", "", "9 $ 2"} {
		toks, err := lex(src)
		if err != nil {
			fmt.Println(err)
			continue
		}
		parts := make([]string, len(toks))
		for i, t := range toks {
			parts[i] = fmt.Sprintf("%v:%q", t.kind, t.text)
		}
		fmt.Println(strings.Join(parts, " "))
	}
}

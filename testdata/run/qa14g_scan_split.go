package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

const corpus = `The quick brown fox
jumps over   the lazy dog.
	Tabs	and  spaces mix here;
numbers: 12, 345, 6789 and -42.

Last line without newline`

// commaSplit is a bufio.SplitFunc that splits on commas and trims spaces.
func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func countLines(s string) (lines, blank int) {
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		lines++
		if strings.TrimSpace(sc.Text()) == "" {
			blank++
		}
	}
	return
}

func wordStats(s string) map[string]int {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(bufio.ScanWords)
	m := make(map[string]int)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
		}))
		if w != "" {
			m[w]++
		}
	}
	return m
}

func runeClasses(s string) (letters, digits, spaces, other int) {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		r := []rune(sc.Text())[0]
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	return
}

func main() {
	l, b := countLines(corpus)
	fmt.Printf("lines=%d blank=%d\n", l, b)

	ws := wordStats(corpus)
	fmt.Println("distinct words:", len(ws), "the:", ws["the"], "-42:", ws["-42"])

	le, d, sp, o := runeClasses(corpus)
	fmt.Printf("letters=%d digits=%d spaces=%d other=%d\n", le, d, sp, o)

	sc := bufio.NewScanner(strings.NewReader("alpha, beta ,gamma,, delta , "))
	sc.Split(commaSplit)
	var fields []string
	for sc.Scan() {
		fields = append(fields, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Println(strings.Join(fields, " | "))

	// A token too long for a tiny buffer.
	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 40) + "\nshort\n"))
	small.Buffer(make([]byte, 8), 16)
	for small.Scan() {
		fmt.Println("token:", small.Text())
	}
	fmt.Println("err:", small.Err())

	// Lines with CRLF endings lose their \r.
	crlf := bufio.NewScanner(strings.NewReader("one\r\ntwo\r\n\r\nthree"))
	n := 0
	for crlf.Scan() {
		n++
		fmt.Printf("%d:%q ", n, crlf.Text())
	}
	fmt.Println()
}

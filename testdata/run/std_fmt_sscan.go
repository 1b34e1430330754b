package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type point struct{ x, y int }

// Scan implements fmt.Scanner: "(x,y)".
func (p *point) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	tok, err := st.Token(false, func(r rune) bool { return r != ')' })
	if err != nil {
		return err
	}
	if _, err := fmt.Sscanf(string(tok), "(%d,%d", &p.x, &p.y); err != nil {
		return err
	}
	r, _, err := st.ReadRune()
	if err != nil || r != ')' {
		return errors.New("missing )")
	}
	return nil
}

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("10 -20 hello 3.25", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)

	n, err = fmt.Sscan("  7\n\n 8", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("5 6 7", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("12", &a, &b)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	var i8 int8
	var u8 uint8
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscan("-1", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscan("0x1F 0b101 017 0o17 1_000", &a, &b, &i8, &u8, &f)
	fmt.Println(n, err, a, b, i8, u8, f)

	var x, y, z int
	n, err = fmt.Sscanf("3-4-5", "%d-%d-%d", &x, &y, &z)
	fmt.Println(n, err, x, y, z)
	n, err = fmt.Sscanf("age: 42 name: bob", "age: %d name: %s", &x, &s)
	fmt.Println(n, err, x, s)
	n, err = fmt.Sscanf("ff 0755 1010 z", "%x %o %b %c", &x, &y, &z, &a)
	fmt.Println(n, err, x, y, z, a)
	n, err = fmt.Sscanf("12345", "%2d%3d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf(`"quoted \"str\"" rest`, "%q %s", &s, &b)
	fmt.Println(n, err, s)
	var q1, q2 string
	n, err = fmt.Sscanf("\"a b\" `c d`", "%q %q", &q1, &q2)
	fmt.Println(n, err, q1, q2)
	n, err = fmt.Sscanf("68656c6c6f", "%x", &s)
	fmt.Println(n, err, s)
	var bs []byte
	n, err = fmt.Sscanf("bytes!", "%s", &bs)
	fmt.Println(n, err, bs)
	n, err = fmt.Sscanf("1 2", "%d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1,2", "%d;%d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("100%", "%d%%", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("1\n2", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("abc", "%d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%s %d", &s, &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("true", "%d", &s)
	fmt.Println(n, err)
	var ok bool
	n, err = fmt.Sscan("true F 1 tru", &ok, &ok, &ok, &ok)
	fmt.Println(n, err, ok)
	var f32 float32
	n, err = fmt.Sscan("1e3 -2.5E-2 inf nan 0x1p-2 1.5p3 .5 1e", &f, &f32, &f, &f, &f, &f, &f, &f)
	fmt.Println(n, err, f, f32)
	n, err = fmt.Sscan("3.14", &f32)
	fmt.Println(n, err, f32)
	var r rune
	n, err = fmt.Sscanf("é", "%c", &r)
	fmt.Println(n, err, string(r))
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	fmt.Println(n, err, string(r))
	var m map[string]int
	n, err = fmt.Sscan("1", &m)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", x)
	fmt.Println(n, err)

	var p point
	n, err = fmt.Sscan(" (3,4) tail", &p, &s)
	fmt.Println(n, err, p, s)
	n, err = fmt.Sscan("(3,4", &p)
	fmt.Println(n, err)

	// a bufio.Reader is a RuneScanner: nothing is lost between calls
	br := bufio.NewReader(strings.NewReader("3\n10 20 30\nword\n"))
	var cnt int
	fmt.Fscan(br, &cnt)
	sum := 0
	for i := 0; i < cnt; i++ {
		var v int
		fmt.Fscan(br, &v)
		sum += v
	}
	var w string
	fmt.Fscanln(br, &w)
	rest, _ := br.ReadString('\n')
	fmt.Printf("%d %q %q\n", sum, w, rest)
	n, err = fmt.Fscanf(strings.NewReader("x=5,y=6\n"), "x=%d,y=%d\n", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Fscan(strings.NewReader("a b"), &s, &w, &q1)
	fmt.Println(n, err, s, w)
}

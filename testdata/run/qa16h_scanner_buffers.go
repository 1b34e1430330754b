package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type LineStats struct {
	Lines, Words, Longest int
	Keep                  []string
}

func scanLines(r io.Reader, bufSize int) (LineStats, error) {
	var st LineStats
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, bufSize), bufSize)
	for sc.Scan() {
		b := sc.Bytes() // valid only until the next Scan
		st.Lines++
		st.Words += len(bytes.Fields(b))
		if len(b) > st.Longest {
			st.Longest = len(b)
		}
		if bytes.HasPrefix(b, []byte("!")) {
			st.Keep = append(st.Keep, string(b)) // copy what we keep
		}
	}
	return st, sc.Err()
}

func wordsSplit(s string) []string {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(bufio.ScanWords)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	input := "alpha beta\n!keep this line\n\ngamma delta epsilon\n!and this\nzeta"
	st, err := scanLines(strings.NewReader(input), 64)
	fmt.Printf("%+v %v\n", st, err)
	long := strings.Repeat("x", 100) + "\nshort\n"
	st, err = scanLines(strings.NewReader(long), 32)
	fmt.Printf("%+v %v\n", st, err)
	fmt.Println(wordsSplit("  one\ttwo\n three  "))

	var buf bytes.Buffer
	buf.Grow(64)
	c0 := buf.Cap()
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&buf, "row %d;", i)
	}
	fmt.Println(buf.String(), buf.Len(), c0 >= 64)
	buf.Truncate(6)
	fmt.Println(buf.String())
	b := buf.Bytes()
	buf.Reset()
	buf.WriteString("new")
	fmt.Println(string(b[:3]), buf.String()) // b aliases the reused storage

	w := bufio.NewWriterSize(upperWriter{&buf}, 16)
	fmt.Fprint(w, "hello, ")
	fmt.Println("buffered", w.Buffered(), "avail", w.Available(), buf.String())
	fmt.Fprint(w, "buffered world")
	w.Flush()
	fmt.Println(buf.String())

	r := bufio.NewReader(strings.NewReader("k1=v1;k2=v2;k3"))
	for {
		tok, err := r.ReadString(';')
		fmt.Printf("%q %v\n", tok, err)
		if err != nil {
			break
		}
	}
	br := bufio.NewReaderSize(strings.NewReader("peekaboo"), 16)
	p, _ := br.Peek(4)
	fmt.Println(string(p), br.Buffered())
	rest, _ := io.ReadAll(br)
	fmt.Println(string(rest))
	var sb strings.Builder
	n, _ := io.Copy(&sb, io.LimitReader(strings.NewReader("abcdefgh"), 5))
	fmt.Println(n, sb.String())
	pr := bytes.NewReader([]byte("0123456789"))
	chunk := make([]byte, 4)
	for {
		k, err := pr.Read(chunk)
		if k > 0 {
			fmt.Print(string(chunk[:k]), "|")
		}
		if err == io.EOF {
			break
		}
	}
	fmt.Println()
}

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type record struct {
	name  string
	score int
}

func encode(w *bufio.Writer, recs []record) error {
	for _, r := range recs {
		if _, err := fmt.Fprintf(w, "%s:%d\n", r.name, r.score); err != nil {
			return err
		}
	}
	return w.Flush()
}

func decode(r io.Reader, buf []byte) ([]record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(buf, 64)
	var out []record
	for sc.Scan() {
		line := sc.Bytes()
		i := bytes.IndexByte(line, ':')
		if i < 0 {
			continue
		}
		n := 0
		for _, c := range line[i+1:] {
			n = n*10 + int(c-'0')
		}
		out = append(out, record{string(line[:i]), n})
	}
	return out, sc.Err()
}

type limitedWriter struct {
	max int
	buf bytes.Buffer
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.buf.Len()+len(p) > l.max {
		return 0, fmt.Errorf("limit %d exceeded", l.max)
	}
	return l.buf.Write(p)
}

func main() {
	var store bytes.Buffer
	bw := bufio.NewWriterSize(&store, 16)
	recs := []record{{"ada", 90}, {"bob", 7}, {"cy", 4521}, {"dee", 0}}
	for round := 0; round < 3; round++ {
		store.Reset()
		bw.Reset(&store)
		if err := encode(bw, recs[:round+2]); err != nil {
			fmt.Println("encode:", err)
		}
		fmt.Printf("round %d: %d bytes, cap>=len %v, buffered %d\n", round, store.Len(), store.Cap() >= store.Len(), bw.Buffered())
	}
	scratch := make([]byte, 0, 8)
	got, err := decode(bytes.NewReader(store.Bytes()), scratch)
	fmt.Println(got, err)
	long := strings.Repeat("x", 100) + ":1\n"
	_, err = decode(strings.NewReader(long), scratch)
	fmt.Println("long line:", err)

	lw := &limitedWriter{max: 20}
	w := bufio.NewWriterSize(lw, 16)
	err = encode(w, recs)
	fmt.Printf("limited: %v, stored %q\n", err, lw.buf.String())
	w.Reset(io.Discard)
	fmt.Println(w.Buffered(), w.Available(), w.Size())

	var sb bytes.Buffer
	sb.Grow(64)
	c0 := sb.Cap()
	for i := 0; i < 5; i++ {
		sb.WriteString("abcdefgh")
	}
	fmt.Println(sb.Len(), sb.Cap() == c0, string(sb.Next(3)), sb.Len())
	line, err := sb.ReadString('h')
	fmt.Println(line, err, sb.Len())
	sb.Truncate(4)
	fmt.Println(sb.String())
}

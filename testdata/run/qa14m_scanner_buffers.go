// bufio.Scanner over in-memory readers: a custom split function, a
// caller-provided buffer, token too long, and reading records into a
// reused []byte.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// splitRecords splits on ';' and trims spaces; the last record may lack ';'
func splitRecords(data []byte, atEOF bool) (int, []byte, error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, ';'); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func records(r io.Reader) ([]string, error) {
	sc := bufio.NewScanner(r)
	sc.Split(splitRecords)
	var out []string
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}

func longest(r io.Reader, bufSize, max int) (string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, bufSize), max)
	best := ""
	for sc.Scan() {
		if len(sc.Text()) > len(best) {
			best = sc.Text()
		}
	}
	return best, sc.Err()
}

type countingReader struct {
	r     io.Reader
	calls int
	bytes int
}

func (c *countingReader) Read(p []byte) (int, error) {
	c.calls++
	n, err := c.r.Read(p)
	c.bytes += n
	return n, err
}

func main() {
	recs, err := records(strings.NewReader("alpha; beta ;; gamma;delta  "))
	fmt.Println(recs, len(recs), err)

	text := "short\nmedium line\n" + strings.Repeat("x", 40) + "\nend"
	s, err := longest(strings.NewReader(text), 8, 64)
	fmt.Println(len(s), err)
	_, err = longest(strings.NewReader(text), 8, 16)
	fmt.Println(err, errors.Is(err, bufio.ErrTooLong))

	cr := &countingReader{r: strings.NewReader(strings.Repeat("word ", 100))}
	sc := bufio.NewScanner(cr)
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
	}
	fmt.Println(words, cr.bytes, cr.calls > 0)

	br := bufio.NewReaderSize(strings.NewReader("k1=v1\nk2=v2\nk3\n"), 16)
	line := make([]byte, 0, 8)
	for {
		part, isPrefix, err := br.ReadLine()
		if err != nil {
			fmt.Println("done:", err)
			break
		}
		line = append(line, part...)
		if isPrefix {
			continue
		}
		k, v, ok := bytes.Cut(line, []byte("="))
		fmt.Printf("%s -> %q %v\n", k, v, ok)
		line = line[:0]
	}
}

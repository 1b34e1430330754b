// Streaming text through io.Reader/io.Writer adapters: a counting writer,
// an upper-casing reader wrapper, io.MultiWriter, io.TeeReader,
// io.LimitReader, bufio.Scanner over a strings.Reader, and io.ReadAll.
package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

type CountingWriter struct {
	W     io.Writer
	N     int64
	Lines int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.W.Write(p)
	c.N += int64(n)
	c.Lines += bytes.Count(p[:n], []byte{'\n'})
	return n, err
}

type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

func wordFreq(r io.Reader) map[string]int {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	freq := make(map[string]int)
	for sc.Scan() {
		w := strings.Trim(strings.ToLower(sc.Text()), ".,;!")
		if w != "" {
			freq[w]++
		}
	}
	return freq
}

const text = `It was the best of times, it was the worst of times.
It was the age of wisdom; it was the age of foolishness.
`

func main() {
	var out bytes.Buffer
	h := sha256.New()
	cw := &CountingWriter{W: &out}
	mw := io.MultiWriter(cw, h)
	n, err := io.Copy(mw, upperReader{strings.NewReader(text)})
	fmt.Println(n, err, cw.N, cw.Lines)
	fmt.Println(hex.EncodeToString(h.Sum(nil))[:16])
	fmt.Print(out.String())

	var teeBuf strings.Builder
	tee := io.TeeReader(strings.NewReader(text), &teeBuf)
	freq := wordFreq(io.LimitReader(tee, 60))
	fmt.Println(freq, len(teeBuf.String()))

	all, err := io.ReadAll(io.LimitReader(strings.NewReader(text), 12))
	fmt.Printf("%q %v\n", all, err)

	sc := bufio.NewScanner(strings.NewReader(text))
	for i := 1; sc.Scan(); i++ {
		fields := strings.FieldsFunc(sc.Text(), func(r rune) bool { return r == ',' || r == ';' })
		fmt.Println(i, len(fields), strings.TrimSpace(fields[len(fields)-1]))
	}
	bw := bufio.NewWriterSize(cw, 16)
	fmt.Fprintf(bw, "%s|%d\n", "buffered", 123)
	fmt.Println(cw.Lines, bw.Buffered())
	bw.Flush()
	fmt.Println(cw.Lines, bw.Buffered(), cw.N)
}

// Run-length and dictionary compression over bytes.Buffer and bufio:
// encoders as io.Writers, decoders as io.Readers, round-trip checks and
// error handling for corrupt input.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// RLE format: a count byte (1..255) followed by the byte repeated.
type rleWriter struct {
	w    *bufio.Writer
	last byte
	n    int
}

func NewRLEWriter(w io.Writer) *rleWriter { return &rleWriter{w: bufio.NewWriter(w)} }

func (r *rleWriter) flushRun() error {
	if r.n == 0 {
		return nil
	}
	if err := r.w.WriteByte(byte(r.n)); err != nil {
		return err
	}
	r.n = 0
	return r.w.WriteByte(r.last)
}

func (r *rleWriter) Write(p []byte) (int, error) {
	for _, c := range p {
		if r.n > 0 && (c != r.last || r.n == 255) {
			if err := r.flushRun(); err != nil {
				return 0, err
			}
		}
		r.last = c
		r.n++
	}
	return len(p), nil
}

func (r *rleWriter) Close() error {
	if err := r.flushRun(); err != nil {
		return err
	}
	return r.w.Flush()
}

var ErrCorrupt = errors.New("rle: corrupt input")

type rleReader struct {
	r    io.ByteReader
	cur  byte
	left int
}

func (r *rleReader) Read(p []byte) (n int, err error) {
	for n < len(p) {
		if r.left == 0 {
			cnt, err := r.r.ReadByte()
			if err != nil {
				return n, err
			}
			if cnt == 0 {
				return n, ErrCorrupt
			}
			b, err := r.r.ReadByte()
			if err == io.EOF {
				return n, fmt.Errorf("count without byte: %w", ErrCorrupt)
			}
			r.cur, r.left = b, int(cnt)
		}
		p[n] = r.cur
		n++
		r.left--
	}
	return n, nil
}

func compress(s string) []byte {
	var buf bytes.Buffer
	w := NewRLEWriter(&buf)
	io.Copy(w, strings.NewReader(s))
	w.Close()
	return buf.Bytes()
}

func decompress(b []byte) (string, error) {
	var out strings.Builder
	_, err := io.Copy(&out, &rleReader{r: bytes.NewReader(b)})
	return out.String(), err
}

// Dictionary coding of words: index bytes into a table.
type Dict struct {
	words []string
	index map[string]int
}

func (d *Dict) Encode(text string) []byte {
	if d.index == nil {
		d.index = map[string]int{}
	}
	var out []byte
	for _, w := range strings.Fields(text) {
		i, ok := d.index[w]
		if !ok {
			i = len(d.words)
			d.index[w] = i
			d.words = append(d.words, w)
		}
		out = append(out, byte(i))
	}
	return out
}

func (d *Dict) Decode(codes []byte) string {
	parts := make([]string, len(codes))
	for i, c := range codes {
		parts[i] = d.words[c]
	}
	return strings.Join(parts, " ")
}

func main() {
	inputs := []string{
		"aaaabbbcccd",
		"",
		strings.Repeat("z", 600) + "y",
		"abcabc",
		"    indented    text    ",
	}
	for _, in := range inputs {
		c := compress(in)
		back, err := decompress(c)
		fmt.Printf("in=%-4d out=%-4d ratio=%5.2f ok=%v err=%v head=% x\n", len(in), len(c),
			float64(len(c))/float64(len(in)+1), back == in, err, c[:min(len(c), 8)])
	}
	for _, bad := range [][]byte{{3, 'a', 0, 'b'}, {2, 'a', 5}} {
		s, err := decompress(bad)
		fmt.Printf("%q %v %v\n", s, err, errors.Is(err, ErrCorrupt))
	}
	var d Dict
	codes := d.Encode("the cat and the dog and the bird")
	fmt.Println(codes, len(d.words), d.Decode(codes))
	fmt.Println(d.Decode(d.Encode("dog cat new")), d.words)
	sc := bufio.NewScanner(bytes.NewReader(compress("xxxx\nyy\n")))
	sc.Split(bufio.ScanBytes)
	var n int
	for sc.Scan() {
		n += len(sc.Bytes())
	}
	fmt.Println("scanned bytes", n)
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// Readers and writers: bufio.Scanner over a strings.Reader, a buffered
// writer on os.Stdout, io.Writer interfaces wrapping each other, and
// word counting into a map of small structs.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type stat struct {
	count int
	first int
}

type upperWriter struct {
	w io.Writer
}

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingWriter struct {
	w     io.Writer
	bytes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.bytes += n
	return n, err
}

func countWords(r io.Reader) (map[string]*stat, error) {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	stats := make(map[string]*stat)
	pos := 0
	for sc.Scan() {
		w := strings.ToLower(strings.Trim(sc.Text(), ".,;!?"))
		if w == "" {
			continue
		}
		s, ok := stats[w]
		if !ok {
			s = &stat{first: pos}
			stats[w] = s
		}
		s.count++
		pos++
	}
	return stats, sc.Err()
}

func report(w io.Writer, stats map[string]*stat) {
	words := make([]string, 0, len(stats))
	for k := range stats {
		words = append(words, k)
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := stats[words[i]], stats[words[j]]
		if a.count != b.count {
			return a.count > b.count
		}
		return a.first < b.first
	})
	for i, word := range words {
		if i == 4 {
			break
		}
		fmt.Fprintf(w, "%-6s %d\n", word, stats[word].count)
	}
}

func main() {
	text := "The quick brown fox. The lazy dog! The fox, the dog; quick quick."
	stats, err := countWords(strings.NewReader(text))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	cw := &countingWriter{w: out}
	report(cw, stats)
	report(upperWriter{w: cw}, map[string]*stat{"go": {count: 1}})
	var buf bytes.Buffer
	n, _ := io.Copy(&buf, strings.NewReader("copied"))
	fmt.Fprintln(cw, buf.String(), n, len(stats))
	fmt.Fprintln(out, "written:", cw.bytes)
}

// Building a word index from text with bufio.Scanner: custom split
// functions, a heap for the top-k words, stable sorting, and the memory the
// index holds (string headers vs. bytes). Typical "process a log file"
// tutorial code, fed from a string so the output is reproducible.
package main

import (
	"bufio"
	"bytes"
	"container/heap"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"
	"unsafe"
)

const corpus = `Go's garbage collector is a concurrent, tri-color, mark-sweep collector.
Objects that escape to the heap are managed by the collector; objects that
stay on the stack are freed when the function returns. The collector's pacer
decides when to start a cycle, based on GOGC and the live heap.
Escape analysis decides: stack or heap? Stack allocation is cheap; heap
allocation costs the allocator and the collector. Fewer allocations, less GC.`

type wordCount struct {
	word  string
	count int
	first int // line of first occurrence
}

type topK []wordCount

func (h topK) Len() int { return len(h) }
func (h topK) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count < h[j].count
	}
	return h[i].word > h[j].word
}
func (h topK) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *topK) Push(x interface{}) { *h = append(*h, x.(wordCount)) }
func (h *topK) Pop() interface{} {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

// scanWordsLower splits on anything that is not a letter, apostrophe or
// hyphen inside a word, and lowercases as it goes.
func scanWordsLower(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) && !isWordByte(data[start]) {
		start++
	}
	for i := start; i < len(data); i++ {
		if !isWordByte(data[i]) {
			return i + 1, bytes.ToLower(data[start:i]), nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), bytes.ToLower(data[start:]), nil
	}
	return start, nil, nil
}

func isWordByte(c byte) bool {
	return c == '\'' || c == '-' || unicode.IsLetter(rune(c))
}

func main() {
	index := map[string]*wordCount{}
	lines := bufio.NewScanner(strings.NewReader(corpus))
	lineNo := 0
	totalWords := 0
	for lines.Scan() {
		lineNo++
		words := bufio.NewScanner(strings.NewReader(lines.Text()))
		words.Split(scanWordsLower)
		for words.Scan() {
			w := strings.Trim(words.Text(), "'-")
			if w == "" {
				continue
			}
			totalWords++
			if wc, ok := index[w]; ok {
				wc.count++
			} else {
				index[w] = &wordCount{word: w, count: 1, first: lineNo}
			}
		}
	}
	fmt.Println("lines:", lineNo, "words:", totalWords, "distinct:", len(index))

	h := &topK{}
	for _, wc := range index {
		heap.Push(h, *wc)
		if h.Len() > 8 {
			heap.Pop(h)
		}
	}
	var top []wordCount
	for h.Len() > 0 {
		top = append(top, heap.Pop(h).(wordCount))
	}
	for i, j := 0, len(top)-1; i < j; i, j = i+1, j-1 {
		top[i], top[j] = top[j], top[i]
	}

	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "rank\tword\tcount\tfirst line")
	for i, wc := range top {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%d\n", i+1, wc.word, wc.count, wc.first)
	}
	tw.Flush()

	all := make([]wordCount, 0, len(index))
	for _, wc := range index {
		all = append(all, *wc)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].word < all[j].word })
	sort.SliceStable(all, func(i, j int) bool { return len(all[i].word) > len(all[j].word) })
	fmt.Print("longest:")
	for _, wc := range all[:5] {
		fmt.Print(" ", wc.word)
	}
	fmt.Println()

	byLetter := map[rune]int{}
	for _, wc := range all {
		byLetter[[]rune(wc.word)[0]] += wc.count
	}
	letters := make([]rune, 0, len(byLetter))
	for r := range byLetter {
		letters = append(letters, r)
	}
	sort.Slice(letters, func(i, j int) bool { return letters[i] < letters[j] })
	for _, r := range letters {
		fmt.Printf("%c%d ", r, byLetter[r])
	}
	fmt.Println()

	// Memory: string headers plus the bytes they point to.
	headerBytes := uintptr(len(all)) * unsafe.Sizeof(all[0])
	textBytes := 0
	for _, wc := range all {
		textBytes += len(wc.word)
	}
	fmt.Printf("index: %d entries x %d B = %d B of headers, %d B of text\n",
		len(all), unsafe.Sizeof(all[0]), headerBytes, textBytes)

	// A scanner with a tiny buffer fails on a long token.
	sc := bufio.NewScanner(strings.NewReader("short " + strings.Repeat("x", 100) + " end"))
	sc.Buffer(make([]byte, 16), 32)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Println("token:", sc.Text())
	}
	fmt.Println("scanner error:", sc.Err())

	runes := bufio.NewScanner(strings.NewReader("héé"))
	runes.Split(bufio.ScanRunes)
	n := 0
	for runes.Scan() {
		n++
		fmt.Printf("%q ", runes.Bytes())
	}
	fmt.Println(n)

	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprintf(w, "buffered %d bytes, ", w.Buffered())
	fmt.Fprintf(w, "available %d\n", w.Available())
	w.Flush()
}

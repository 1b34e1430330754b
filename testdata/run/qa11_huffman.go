package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type hnode struct {
	ch          rune
	freq        int
	left, right *hnode
	order       int
}

type hheap []*hnode

func (h hheap) Len() int { return len(h) }
func (h hheap) Less(i, j int) bool {
	if h[i].freq != h[j].freq {
		return h[i].freq < h[j].freq
	}
	return h[i].order < h[j].order
}
func (h hheap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *hheap) Push(x interface{}) { *h = append(*h, x.(*hnode)) }
func (h *hheap) Pop() interface{} {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}

type BitWriter struct {
	buf   []byte
	nbits int
}

func (w *BitWriter) WriteBit(b bool) {
	if w.nbits%8 == 0 {
		w.buf = append(w.buf, 0)
	}
	if b {
		w.buf[len(w.buf)-1] |= 1 << uint(7-w.nbits%8)
	}
	w.nbits++
}

type BitReader struct {
	buf []byte
	pos int
}

func (r *BitReader) ReadBit() (bool, bool) {
	if r.pos >= len(r.buf)*8 {
		return false, false
	}
	b := r.buf[r.pos/8]&(1<<uint(7-r.pos%8)) != 0
	r.pos++
	return b, true
}

func build(text string) *hnode {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	runes := make([]rune, 0, len(freq))
	for r := range freq {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	h := &hheap{}
	order := 0
	for _, r := range runes {
		heap.Push(h, &hnode{ch: r, freq: freq[r], order: order})
		order++
	}
	for h.Len() > 1 {
		a := heap.Pop(h).(*hnode)
		b := heap.Pop(h).(*hnode)
		heap.Push(h, &hnode{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	return heap.Pop(h).(*hnode)
}

func codes(n *hnode, prefix string, out map[rune]string) {
	if n.left == nil {
		if prefix == "" {
			prefix = "0"
		}
		out[n.ch] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func encode(text string, table map[rune]string) *BitWriter {
	w := &BitWriter{}
	for _, r := range text {
		for _, c := range table[r] {
			w.WriteBit(c == '1')
		}
	}
	return w
}

func decode(root *hnode, w *BitWriter) string {
	r := &BitReader{buf: w.buf}
	var sb strings.Builder
	n := root
	for i := 0; i < w.nbits; i++ {
		bit, _ := r.ReadBit()
		if root.left != nil {
			if bit {
				n = n.right
			} else {
				n = n.left
			}
		}
		if n.left == nil {
			sb.WriteRune(n.ch)
			n = root
		}
	}
	return sb.String()
}

func main() {
	texts := []string{
		"abracadabra",
		"the quick brown fox jumps over the lazy dog",
		"aaaaaaaa",
		"héllo wörld ✓✓✓",
	}
	for _, t := range texts {
		root := build(t)
		table := map[rune]string{}
		codes(root, "", table)
		w := encode(t, table)
		back := decode(root, w)
		keys := make([]rune, 0, len(table))
		for r := range table {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool {
			if len(table[keys[i]]) != len(table[keys[j]]) {
				return len(table[keys[i]]) < len(table[keys[j]])
			}
			return keys[i] < keys[j]
		})
		var parts []string
		for _, k := range keys[:min(4, len(keys))] {
			parts = append(parts, fmt.Sprintf("%q=%s", k, table[k]))
		}
		fmt.Printf("%d bits vs %d; ok=%v; %s; % x\n", w.nbits, len(t)*8, back == t, strings.Join(parts, " "), w.buf[:min(4, len(w.buf))])
	}
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// Algorithms homework: Huffman coding with a hand-written min-heap of
// tree nodes, run-length encoding, Levenshtein distance with the DP table
// printed, N-Queens by backtracking, a CRC-32 table computed by hand, and
// 0/1 knapsack with reconstruction.
package main

import (
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

type minHeap []*hnode

func (h minHeap) less(i, j int) bool {
	if h[i].freq != h[j].freq {
		return h[i].freq < h[j].freq
	}
	return h[i].order < h[j].order
}

func (h *minHeap) push(n *hnode) {
	*h = append(*h, n)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h *minHeap) pop() *hnode {
	old := *h
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	*h = old[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(*h) && h.less(l, m) {
			m = l
		}
		if r < len(*h) && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func huffman(text string) (map[rune]string, string) {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	keys := make([]rune, 0, len(freq))
	for r := range freq {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	h := &minHeap{}
	order := 0
	for _, r := range keys {
		h.push(&hnode{ch: r, freq: freq[r], order: order})
		order++
	}
	for len(*h) > 1 {
		a, b := h.pop(), h.pop()
		h.push(&hnode{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	codes := map[rune]string{}
	var walk func(n *hnode, prefix string)
	walk = func(n *hnode, prefix string) {
		if n.left == nil {
			if prefix == "" {
				prefix = "0"
			}
			codes[n.ch] = prefix
			return
		}
		walk(n.left, prefix+"0")
		walk(n.right, prefix+"1")
	}
	walk(h.pop(), "")
	var b strings.Builder
	for _, r := range text {
		b.WriteString(codes[r])
	}
	return codes, b.String()
}

func rle(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			fmt.Fprintf(&b, "%d", j-i)
		}
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func levenshtein(a, b string) (int, [][]int) {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min3(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
		}
	}
	return d[len(ra)][len(rb)], d
}

func min3(a, b, c int) int {
	if b < a {
		a = b
	}
	if c < a {
		a = c
	}
	return a
}

func queens(n int) (count int, first []int) {
	cols := make([]int, n)
	var used, d1, d2 uint64
	var place func(row int)
	place = func(row int) {
		if row == n {
			if count == 0 {
				first = append([]int(nil), cols...)
			}
			count++
			return
		}
		for c := 0; c < n; c++ {
			if used&(1<<c) != 0 || d1&(1<<(row+c)) != 0 || d2&(1<<(row-c+n)) != 0 {
				continue
			}
			used, d1, d2 = used|1<<c, d1|1<<(row+c), d2|1<<(row-c+n)
			cols[row] = c
			place(row + 1)
			used, d1, d2 = used&^(1<<c), d1&^(1<<(row+c)), d2&^(1<<(row-c+n))
		}
	}
	place(0)
	return
}

var crcTable [256]uint32

func init() {
	for i := range crcTable {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(data []byte) uint32 {
	c := ^uint32(0)
	for _, b := range data {
		c = crcTable[byte(c)^b] ^ (c >> 8)
	}
	return ^c
}

func knapsack(weights, values []int, capacity int) (int, []int) {
	n := len(weights)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if weights[i-1] <= w {
				if v := dp[i-1][w-weights[i-1]] + values[i-1]; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []int
	for i, w := n, capacity; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append([]int{i - 1}, chosen...)
			w -= weights[i-1]
		}
	}
	return dp[n][capacity], chosen
}

func main() {
	text := "abracadabra alakazam"
	codes, bits := huffman(text)
	keys := make([]rune, 0, len(codes))
	for r := range codes {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(codes[keys[i]]) != len(codes[keys[j]]) {
			return len(codes[keys[i]]) < len(codes[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, r := range keys {
		fmt.Printf("%q:%s ", r, codes[r])
	}
	fmt.Printf("\n%d bits vs %d, ratio %.3f\n", len(bits), 8*len(text), float64(len(bits))/float64(8*len(text)))
	fmt.Println(rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"), rle("aabcccé́é"), rle(""))
	dist, table := levenshtein("kitten", "sitting")
	fmt.Println("levenshtein:", dist)
	for _, row := range table {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
	d2, _ := levenshtein("héllo", "hello")
	fmt.Println(d2)
	for _, n := range []int{4, 6, 8} {
		c, f := queens(n)
		fmt.Printf("queens(%d) = %d first %v\n", n, c, f)
	}
	fmt.Printf("crc32: %08x %08x %#x\n", crc32([]byte("The quick brown fox jumps over the lazy dog")), crc32(nil), crcTable[255])
	best, items := knapsack([]int{12, 2, 1, 1, 4}, []int{4, 2, 1, 2, 10}, 15)
	fmt.Println("knapsack:", best, items)
}

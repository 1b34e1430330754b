// Lookup tables and scratch arrays of various sizes: small ones stay on the
// stack, big ones (over 64 KiB) and variable-sized ones go to the heap.
package main

import "fmt"

const tableSize = 1 << 14

type Histogram struct {
	bins [256]int
}

func buildSquares() [tableSize]uint32 {
	var t [tableSize]uint32
	for i := range t {
		t[i] = uint32(i * i)
	}
	return t
}

func sieve(n int) []int {
	composite := make([]bool, n+1)
	primes := make([]int, 0, 64)
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func bigScratch() int {
	var grid [300][300]int32
	for i := 0; i < 300; i++ {
		grid[i][i] = int32(i)
		grid[i][299-i] += 1
	}
	total := 0
	for i := range grid {
		for _, v := range grid[i] {
			total += int(v)
		}
	}
	return total
}

func smallScratch() int {
	var buf [64]byte
	n := copy(buf[:], "stack allocated scratch")
	return n
}

func constMake() int {
	m := make([]int64, 10000)
	m[9999] = 7
	k := make([]byte, 70000)
	k[69999] = 1
	return int(m[9999]) + int(k[69999])
}

func (h *Histogram) Add(data []byte) {
	for _, b := range data {
		h.bins[b]++
	}
}

func (h Histogram) Top() (byte, int) {
	best, n := byte(0), -1
	for i, c := range h.bins {
		if c > n {
			best, n = byte(i), c
		}
	}
	return best, n
}

func main() {
	sq := buildSquares()
	fmt.Println(sq[3], sq[tableSize-1])
	p := sieve(100)
	fmt.Println(len(p), p[len(p)-1], p[:10])
	fmt.Println(bigScratch(), smallScratch(), constMake())
	h := new(Histogram)
	h.Add([]byte("mississippi river banks"))
	b, n := h.Top()
	fmt.Printf("%c %d\n", b, n)
	var local Histogram
	local.Add([]byte{1, 1, 2})
	fmt.Println(local.Top())
}

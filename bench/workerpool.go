// workerpool: 8 workers hash N MiB of generated data in 64 KiB chunks
// (FNV-1a), fed through a channel; results are combined in chunk order.
// Arg: N MiB (default 100).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

const chunk = 64 << 10

type job struct {
	idx  int
	data []byte
}

type result struct {
	idx int
	sum uint64
}

func fnv(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func main() {
	mib := 100
	if len(os.Args) > 1 {
		mib, _ = strconv.Atoi(os.Args[1])
	}
	nchunks := mib << 20 / chunk
	jobs := make(chan job, 16)
	results := make(chan result, 16)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.idx, fnv(j.data)}
			}
		}()
	}
	go func() {
		seed := uint32(1)
		for i := 0; i < nchunks; i++ {
			b := make([]byte, chunk)
			for k := range b {
				seed = seed*1664525 + 1013904223
				b[k] = byte(seed >> 24)
			}
			jobs <- job{i, b}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sums := make([]uint64, nchunks)
	for r := range results {
		sums[r.idx] = r.sum
	}
	var total uint64
	for i, s := range sums {
		total = total*31 + s + uint64(i)
	}
	fmt.Println(nchunks, total)
}

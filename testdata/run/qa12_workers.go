// A worker pool with results gathered in order, sync.Pool buffers,
// atomic counters and a sync.Once-initialised table.
package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	ID    int
	Sum   uint32
	Words int
	Upper string
}

var bufPool = sync.Pool{New: func() interface{} { return new(bytes.Buffer) }}

var (
	tableOnce sync.Once
	table     *crc32.Table
	inits     atomic.Int32
)

func getTable() *crc32.Table {
	tableOnce.Do(func() {
		inits.Add(1)
		table = crc32.MakeTable(crc32.Castagnoli)
	})
	return table
}

type Stats struct {
	processed atomic.Int64
	bytes     atomic.Int64
	maxLen    atomic.Int64
}

func (s *Stats) observe(n int) {
	s.processed.Add(1)
	s.bytes.Add(int64(n))
	for {
		cur := s.maxLen.Load()
		if int64(n) <= cur || s.maxLen.CompareAndSwap(cur, int64(n)) {
			return
		}
	}
}

func process(j Job, st *Stats) Result {
	buf := bufPool.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		bufPool.Put(buf)
	}()
	for _, w := range strings.Fields(j.Text) {
		buf.WriteString(strings.ToUpper(w[:1]))
		buf.WriteString(w[1:])
		buf.WriteByte(' ')
	}
	st.observe(len(j.Text))
	return Result{
		ID:    j.ID,
		Sum:   crc32.Checksum(buf.Bytes(), getTable()),
		Words: len(strings.Fields(j.Text)),
		Upper: strings.TrimSpace(buf.String()),
	}
}

func runPool(jobs []Job, workers int) ([]Result, *Stats) {
	in := make(chan Job)
	out := make(chan Result, len(jobs))
	st := new(Stats)
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for j := range in {
				out <- process(j, st)
			}
		}()
	}
	for _, j := range jobs {
		in <- j
	}
	close(in)
	wg.Wait()
	close(out)
	res := make([]Result, 0, len(jobs))
	for r := range out {
		res = append(res, r)
	}
	sort.Slice(res, func(i, j int) bool { return res[i].ID < res[j].ID })
	return res, st
}

func main() {
	texts := []string{
		"the quick brown fox",
		"jumps over the lazy dog",
		"escape analysis decides where values live",
		"pointers that outlive their frame move to the heap",
		"small values stay on the stack",
		"interfaces box their dynamic values",
		"a",
		"",
	}
	jobs := make([]Job, len(texts))
	for i, t := range texts {
		jobs[i] = Job{i, t}
	}
	for _, n := range []int{1, 3, 8} {
		res, st := runPool(jobs, n)
		var x uint32
		for _, r := range res {
			x ^= r.Sum
		}
		fmt.Printf("workers=%d processed=%d bytes=%d max=%d xor=%08x\n", n, st.processed.Load(), st.bytes.Load(), st.maxLen.Load(), x)
		if n == 3 {
			for _, r := range res {
				fmt.Printf("  %d %08x %d %q\n", r.ID, r.Sum, r.Words, r.Upper)
			}
		}
	}
	fmt.Println("table inits:", inits.Load())
}

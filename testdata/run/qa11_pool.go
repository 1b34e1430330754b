package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

type Buffer struct {
	data []byte
	id   int
}

var created int64

var bufPool = sync.Pool{
	New: func() interface{} {
		n := atomic.AddInt64(&created, 1)
		return &Buffer{data: make([]byte, 0, 1024), id: int(n)}
	},
}

func getBuf() *Buffer {
	b := bufPool.Get().(*Buffer)
	b.data = b.data[:0]
	return b
}

func putBuf(b *Buffer) {
	if cap(b.data) > 4096 {
		return
	}
	bufPool.Put(b)
}

type Record struct {
	ID    int64
	Flag  bool
	Score float32
	Name  string
	Tags  []string
}

type Packed struct {
	a bool
	b int64
	c bool
	d int32
	e bool
}

type Repacked struct {
	b int64
	d int32
	a bool
	c bool
	e bool
}

func encode(b *Buffer, r *Record) {
	b.data = append(b.data, '{')
	b.data = append(b.data, fmt.Sprintf("%d", r.ID)...)
	b.data = append(b.data, ',')
	b.data = append(b.data, r.Name...)
	for _, t := range r.Tags {
		b.data = append(b.data, ',')
		b.data = append(b.data, t...)
	}
	b.data = append(b.data, '}')
}

type Arena struct {
	chunks [][]Record
	cur    []Record
}

func (a *Arena) New() *Record {
	if len(a.cur) == cap(a.cur) {
		a.cur = make([]Record, 0, 64)
		a.chunks = append(a.chunks, a.cur)
	}
	a.cur = a.cur[:len(a.cur)+1]
	return &a.cur[len(a.cur)-1]
}

func bench(name string, n int, f func()) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < n; i++ {
		f()
	}
	runtime.ReadMemStats(&after)
	mallocs := after.Mallocs - before.Mallocs
	fmt.Printf("%-10s ran %d; allocated: %v\n", name, n, mallocs > 0)
}

func main() {
	fmt.Println("sizes:", unsafe.Sizeof(Packed{}), unsafe.Sizeof(Repacked{}), unsafe.Sizeof(Record{}), unsafe.Sizeof(Buffer{}))
	fmt.Println("offsets:", unsafe.Offsetof(Packed{}.b), unsafe.Offsetof(Packed{}.d), unsafe.Offsetof(Packed{}.e),
		unsafe.Offsetof(Record{}.Name), unsafe.Offsetof(Record{}.Tags), unsafe.Alignof(Record{}.Score))

	var out bytes.Buffer
	recs := []Record{{1, true, 1.5, "alpha", []string{"x", "y"}}, {2, false, 2.5, "beta", nil}, {3, true, 0, "gamma", []string{"z"}}}
	for i := range recs {
		b := getBuf()
		encode(b, &recs[i])
		out.Write(b.data)
		out.WriteByte('\n')
		putBuf(b)
	}
	fmt.Print(out.String())

	var wg sync.WaitGroup
	var total int64
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				b := getBuf()
				r := Record{ID: int64(w*1000 + i), Name: "w"}
				encode(b, &r)
				atomic.AddInt64(&total, int64(len(b.data)))
				putBuf(b)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("total bytes", total, "created<=400:", atomic.LoadInt64(&created) <= 400)

	var ar Arena
	ptrs := make([]*Record, 0, 200)
	for i := 0; i < 200; i++ {
		r := ar.New()
		r.ID = int64(i)
		ptrs = append(ptrs, r)
	}
	sum := int64(0)
	for _, p := range ptrs {
		sum += p.ID
	}
	fmt.Println("arena chunks", len(ar.chunks), "sum", sum)

	pre := make([]int, 0, 1000)
	bench("prealloc", 10, func() {
		pre = pre[:0]
		for i := 0; i < 1000; i++ {
			pre = append(pre, i)
		}
	})
	var grow []string
	bench("grow", 3, func() {
		grow = nil
		for i := 0; i < 100; i++ {
			grow = append(grow, strings.Repeat("x", i%3))
		}
	})
	fmt.Println(len(pre), cap(pre), len(grow))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("numgc>0:", ms.NumGC > 0, "heap>0:", ms.HeapAlloc > 0, runtime.NumGoroutine())
}

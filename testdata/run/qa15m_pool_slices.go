package main

import (
	"fmt"
	"strconv"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any {
		b := make([]byte, 0, 512)
		return &b
	},
}

var news int

func getBuf() *[]byte {
	return bufPool.Get().(*[]byte)
}

func putBuf(b *[]byte) {
	if cap(*b) > 4096 {
		return // do not keep huge buffers
	}
	*b = (*b)[:0]
	bufPool.Put(b)
}

func render(id int, fields map[string]int, order []string) string {
	bp := getBuf()
	defer putBuf(bp)
	b := *bp
	b = append(b, "id="...)
	b = strconv.AppendInt(b, int64(id), 10)
	for _, k := range order {
		b = append(b, ' ')
		b = append(b, k...)
		b = append(b, '=')
		b = strconv.AppendInt(b, int64(fields[k]), 10)
	}
	*bp = b
	return string(b)
}

type intSlicePool struct {
	mu   sync.Mutex
	free [][]int
	made int
}

func (p *intSlicePool) get(n int) []int {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i := len(p.free) - 1; i >= 0; i-- {
		if cap(p.free[i]) >= n {
			s := p.free[i][:n]
			p.free = append(p.free[:i], p.free[i+1:]...)
			for j := range s {
				s[j] = 0
			}
			return s
		}
	}
	p.made++
	return make([]int, n)
}

func (p *intSlicePool) put(s []int) {
	p.mu.Lock()
	p.free = append(p.free, s[:0])
	p.mu.Unlock()
}

func main() {
	fields := map[string]int{"cpu": 93, "mem": 512, "disk": 7}
	order := []string{"cpu", "disk", "mem"}
	for i := 0; i < 3; i++ {
		fmt.Println(render(i*11, fields, order[:i+1]))
	}
	big := make([]byte, 0, 8192)
	putBuf(&big)
	var wg sync.WaitGroup
	out := make([]string, 8)
	for i := range out {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = render(i, fields, order)
		}(i)
	}
	wg.Wait()
	fmt.Println(out[7], len(out))

	var ip intSlicePool
	a := ip.get(10)
	a[3] = 3
	ip.put(a)
	b := ip.get(5)
	c := ip.get(20)
	fmt.Println(len(b), cap(b), b[3], len(c), ip.made, len(ip.free))
	ip.put(c)
	ip.put(b)
	d := ip.get(15)
	fmt.Println(len(d), cap(d), ip.made, len(ip.free))
}

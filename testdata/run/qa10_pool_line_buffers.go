// A sync.Pool of *[]byte line buffers: each formatter borrows a buffer,
// appends into it with strconv.Append*, copies the result out and returns it.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

var linePool = sync.Pool{
	New: func() interface{} {
		b := make([]byte, 0, 64)
		return &b
	},
}

type Point struct {
	X, Y int
	Name string
}

func getBuf() *[]byte {
	return linePool.Get().(*[]byte)
}

func putBuf(b *[]byte) {
	if cap(*b) > 1024 {
		return // do not keep huge buffers
	}
	*b = (*b)[:0]
	linePool.Put(b)
}

func formatPoint(p Point) string {
	bp := getBuf()
	defer putBuf(bp)
	b := *bp
	b = append(b, p.Name...)
	b = append(b, '(')
	b = strconv.AppendInt(b, int64(p.X), 10)
	b = append(b, ',', ' ')
	b = strconv.AppendInt(b, int64(p.Y), 10)
	b = append(b, ')')
	*bp = b
	return string(b)
}

func formatRow(vals []float64) string {
	bp := getBuf()
	b := (*bp)[:0]
	for i, v := range vals {
		if i > 0 {
			b = append(b, '\t')
		}
		b = strconv.AppendFloat(b, v, 'f', 2, 64)
	}
	s := string(b)
	*bp = b
	putBuf(bp)
	return s
}

func formatQuoted(words []string) string {
	bp := getBuf()
	defer putBuf(bp)
	for _, w := range words {
		*bp = strconv.AppendQuote(*bp, w)
		*bp = append(*bp, ' ')
	}
	return string(*bp)
}

func main() {
	pts := []Point{{1, 2, "a"}, {-3, 40, "b"}, {500, -6, "origin?"}}
	for _, p := range pts {
		fmt.Println(formatPoint(p))
	}
	fmt.Println(formatRow([]float64{1, 2.5, 3.14159, -0.005}))
	fmt.Println(formatQuoted([]string{"hi", "tab\there", `q"q`}))

	var wg sync.WaitGroup
	out := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = formatPoint(Point{i, i * i, "w" + strconv.Itoa(i)})
		}(i)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	big := make([]float64, 300)
	for i := range big {
		big[i] = float64(i)
	}
	fmt.Println(len(formatRow(big)))
}

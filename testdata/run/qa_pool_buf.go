package main

import (
	"bytes"
	"fmt"
	"sync"
)

var bufPool = sync.Pool{
	New: func() interface{} {
		return new(bytes.Buffer)
	},
}

func render(name string, n int) string {
	b := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(b)
	b.Reset()
	b.WriteString("hello ")
	b.WriteString(name)
	fmt.Fprintf(b, " #%d", n)
	return b.String()
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(render("gopher", i))
	}
	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = render("worker", i)
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	p := sync.Pool{}
	fmt.Println(p.Get() == nil)
	var p2 sync.Pool
	p2.New = func() any { return 7 }
	fmt.Println(p2.Get().(int))
}

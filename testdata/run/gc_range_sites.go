package main

import (
	"fmt"
	"runtime"
)

func heapMB() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc >> 20
}

type job struct {
	name string
	size int
}

func freedInLoops() {
	for _, n := range []int{16, 32, 48} {
		buf := make([]byte, n<<20)
		buf[0] = 1
		buf = nil
		runtime.GC()
		fmt.Println("range literal:", n, heapMB() < 8)
	}
	jobs := map[string]int{"a": 16}
	for k, v := range jobs {
		b := make([]byte, v<<20)
		b[1] = 2
		b = nil
		runtime.GC()
		fmt.Println("range map:", k, heapMB() < 8)
	}
	list := []job{{"x", 24}, {"y", 8}}
	for i := range list {
		tmp := make([]byte, list[i].size<<20)
		tmp[0] = 1
		tmp = nil
		runtime.GC()
		fmt.Println("range slice:", list[i].name, heapMB() < 8)
	}
	ch := make(chan []byte, 1)
	ch <- make([]byte, 40<<20)
	for b := range ch {
		fmt.Println(len(b) >> 20)
		b = nil
		runtime.GC()
		fmt.Println("range chan:", heapMB() < 8)
		close(ch)
	}
	s := "abc"
	for i, r := range s {
		big := make([]int64, 4<<20)
		big[0] = int64(r)
		big = nil
		runtime.GC()
		fmt.Println("range string:", i, heapMB() < 8)
	}
}

type node struct {
	name string
	data []int
}

func mk(n int) []*node {
	out := make([]*node, n)
	for i := range out {
		out[i] = &node{name: fmt.Sprint("n", i), data: make([]int, 1000)}
		out[i].data[999] = i
	}
	return out
}

func keptByLoops() {
	for i, p := range mk(4) {
		runtime.GC()
		junk := make([]*node, 100)
		for j := range junk {
			junk[j] = &node{name: "junk"}
		}
		fmt.Println("slice", i, p.name, p.data[999])
	}
	for k, v := range map[string]*node{"a": {name: "A", data: []int{1}}, "b": {name: "B", data: []int{2}}} {
		runtime.GC()
		_ = make([]byte, 1<<20)
		fmt.Println("map", len(k), len(v.name), v.data[0] > 0)
	}
	for i, c := range "héllo" {
		runtime.GC()
		fmt.Println("str", i, string(c))
	}
	arr := [3]*node{{name: "x"}, {name: "y"}, {name: "z"}}
	for i, p := range arr {
		arr[i] = nil
		runtime.GC()
		_ = make([]*node, 1000)
		fmt.Println("array", i, p.name)
	}
	pa := &[2]*node{{name: "p"}, {name: "q"}}
	for i, p := range pa {
		runtime.GC()
		fmt.Println("ptrarray", i, p.name)
	}
	ch := make(chan *node, 3)
	for _, n := range mk(3) {
		ch <- n
	}
	close(ch)
	for n := range ch {
		runtime.GC()
		fmt.Println("chan", n.name, n.data[999])
	}
	total := 0
	for _, s := range [][]int{make([]int, 10), make([]int, 20)} {
		for range s {
			runtime.GC()
			total++
		}
	}
	fmt.Println(total)
}

func main() {
	freedInLoops()
	keptByLoops()
}

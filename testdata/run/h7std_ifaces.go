// Embedding standard interfaces: context.Context, sync.Locker,
// heap.Interface, binary.ByteOrder, hash.Hash32, fs.FileInfo.
package main

import (
	"container/heap"
	"context"
	"encoding/binary"
	"fmt"
	"hash"
	"hash/crc32"
	"io/fs"
	"os"
	"sort"
	"sync"
)

type ctx struct {
	context.Context
	id int
}

type locked struct {
	sync.Locker
}

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type pq struct {
	heap.Interface
}

type order struct {
	binary.ByteOrder
}

type sum32 struct {
	hash.Hash32
}

type info struct {
	fs.FileInfo
}

func main() {
	c := ctx{context.Background(), 1}
	fmt.Println(c.Err(), c.Value("k"), c.id)
	cc, cancel := context.WithCancel(c)
	cancel()
	fmt.Println(cc.Err())
	l := locked{&sync.Mutex{}}
	l.Lock()
	l.Unlock()
	h := &ints{5, 1, 3}
	q := pq{h}
	heap.Init(q)
	heap.Push(q, 0)
	fmt.Println(heap.Pop(q), sort.IsSorted(q))
	o := order{binary.BigEndian}
	b := make([]byte, 4)
	o.PutUint32(b, 0x01020304)
	fmt.Println(b, o.String())
	s := sum32{crc32.NewIEEE()}
	s.Write([]byte("abc"))
	fmt.Println(s.Sum32())
	fi, err := os.Stat("/")
	if err == nil {
		i := info{fi}
		fmt.Println(i.IsDir(), i.Name())
	}
}

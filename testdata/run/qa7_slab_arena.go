// An arena-like slab allocator: nodes live in big chunks and refer to each
// other by index, so a whole graph is freed by dropping the slab.
package main

import "fmt"

const chunkSize = 128

type Node struct {
	Key   int
	Left  int32
	Right int32
}

type Slab struct {
	chunks [][]Node
	free   []int32
	used   int
}

func (s *Slab) Alloc(key int) int32 {
	if n := len(s.free); n > 0 {
		idx := s.free[n-1]
		s.free = s.free[:n-1]
		*s.At(idx) = Node{Key: key, Left: -1, Right: -1}
		return idx
	}
	c := s.used / chunkSize
	if c == len(s.chunks) {
		s.chunks = append(s.chunks, make([]Node, chunkSize))
	}
	idx := int32(s.used)
	s.used++
	s.chunks[c][int(idx)%chunkSize] = Node{Key: key, Left: -1, Right: -1}
	return idx
}

func (s *Slab) At(i int32) *Node {
	return &s.chunks[int(i)/chunkSize][int(i)%chunkSize]
}

func (s *Slab) Free(i int32) { s.free = append(s.free, i) }

type Tree struct {
	slab *Slab
	root int32
}

func (t *Tree) Insert(key int) {
	n := t.slab.Alloc(key)
	if t.root < 0 {
		t.root = n
		return
	}
	cur := t.root
	for {
		node := t.slab.At(cur)
		next := &node.Right
		if key < node.Key {
			next = &node.Left
		}
		if *next < 0 {
			*next = n
			return
		}
		cur = *next
	}
}

func (t *Tree) Walk(i int32, visit func(int)) {
	if i < 0 {
		return
	}
	n := t.slab.At(i)
	t.Walk(n.Left, visit)
	visit(n.Key)
	t.Walk(n.Right, visit)
}

func main() {
	slab := &Slab{}
	t := Tree{slab: slab, root: -1}
	x := 17
	for i := 0; i < 300; i++ {
		x = (x*73 + 11) % 1009
		t.Insert(x)
	}
	count, sum, prev, sorted := 0, 0, -1, true
	t.Walk(t.root, func(k int) {
		count++
		sum += k
		if k < prev {
			sorted = false
		}
		prev = k
	})
	fmt.Println("nodes", count, "sum", sum, "sorted", sorted, "chunks", len(slab.chunks))
	slab.Free(5)
	slab.Free(9)
	a, b := slab.Alloc(1), slab.Alloc(2)
	fmt.Println("reused", a, b, slab.At(a).Key, slab.At(b).Key, "used", slab.used)
	var first []int
	t.Walk(t.root, func(k int) {
		if len(first) < 8 {
			first = append(first, k)
		}
	})
	fmt.Println(first)
}

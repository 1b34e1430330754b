package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

// ---- binary search tree ----
type Tree struct {
	root *node
	size int
}

type node struct {
	key         int
	val         string
	left, right *node
}

func (t *Tree) Insert(k int, v string) bool {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			(*p).val = v
			return false
		}
	}
	*p = &node{key: k, val: v}
	t.size++
	return true
}

func (t *Tree) Get(k int) (string, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	return "", false
}

func (t *Tree) Walk(f func(k int, v string) bool) {
	var walk func(n *node) bool
	walk = func(n *node) bool {
		if n == nil {
			return true
		}
		return walk(n.left) && f(n.key, n.val) && walk(n.right)
	}
	walk(t.root)
}

func height(n *node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.left), height(n.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

// ---- priority queue ----
type Item struct {
	name  string
	prio  int
	index int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].prio != pq[j].prio {
		return pq[i].prio > pq[j].prio
	}
	return pq[i].name < pq[j].name
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x interface{}) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() interface{} {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}
func (pq *PQ) update(it *Item, prio int) {
	it.prio = prio
	heap.Fix(pq, it.index)
}

// ---- trie ----
type Trie struct {
	children map[rune]*Trie
	terminal bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: make(map[rune]*Trie)} }

func (t *Trie) Add(w string) {
	cur := t
	for _, r := range w {
		nx, ok := cur.children[r]
		if !ok {
			nx = NewTrie()
			cur.children[r] = nx
		}
		nx.count++
		cur = nx
	}
	cur.terminal = true
}

func (t *Trie) find(prefix string) *Trie {
	cur := t
	for _, r := range prefix {
		cur = cur.children[r]
		if cur == nil {
			return nil
		}
	}
	return cur
}

func (t *Trie) Complete(prefix string) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var rec func(n *Trie, buf []rune)
	rec = func(n *Trie, buf []rune) {
		if n.terminal {
			out = append(out, string(buf))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			rec(n.children[r], append(buf, r))
		}
	}
	rec(n, []rune(prefix))
	return out
}

// ---- generic-free int min-heap by hand ----
type IntHeap struct{ a []int }

func (h *IntHeap) Push(x int) {
	h.a = append(h.a, x)
	i := len(h.a) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.a[p] <= h.a[i] {
			break
		}
		h.a[p], h.a[i] = h.a[i], h.a[p]
		i = p
	}
}

func (h *IntHeap) Pop() (int, bool) {
	if len(h.a) == 0 {
		return 0, false
	}
	top := h.a[0]
	last := len(h.a) - 1
	h.a[0] = h.a[last]
	h.a = h.a[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.a) && h.a[l] < h.a[m] {
			m = l
		}
		if r < len(h.a) && h.a[r] < h.a[m] {
			m = r
		}
		if m == i {
			break
		}
		h.a[m], h.a[i] = h.a[i], h.a[m]
		i = m
	}
	return top, true
}

func main() {
	t := &Tree{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		t.Insert(k, fmt.Sprintf("v%d", k))
	}
	var keys []string
	t.Walk(func(k int, v string) bool {
		keys = append(keys, v)
		return k < 65
	})
	fmt.Println(t.size, height(t.root), keys)
	v, ok := t.Get(40)
	_, ok2 := t.Get(45)
	fmt.Println(v, ok, ok2)

	pq := PQ{}
	heap.Init(&pq)
	items := map[string]*Item{}
	for i, n := range []string{"write", "test", "ship", "review", "plan"} {
		it := &Item{name: n, prio: (i * 7) % 5}
		items[n] = it
		heap.Push(&pq, it)
	}
	pq.update(items["plan"], 10)
	pq.update(items["write"], 4)
	var order []string
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		order = append(order, fmt.Sprintf("%s:%d", it.name, it.prio))
	}
	fmt.Println(strings.Join(order, " "))

	tr := NewTrie()
	for _, w := range strings.Fields("car cart carbon cat dog dot do card care über übel") {
		tr.Add(w)
	}
	fmt.Println(tr.Complete("car"), tr.Complete("do"), tr.Complete("üb"), tr.Complete("x") == nil)
	fmt.Println(tr.find("ca").count)

	h := &IntHeap{}
	for _, x := range []int{9, 4, 7, 1, 8, 2, 2, 6} {
		h.Push(x)
	}
	var sorted []int
	for {
		x, ok := h.Pop()
		if !ok {
			break
		}
		sorted = append(sorted, x)
	}
	fmt.Println(sorted, sort.IntsAreSorted(sorted))
}

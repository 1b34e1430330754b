// container/heap and container/list the way their package docs use them:
// an IntHeap, a priority queue of *Item with update via heap.Fix, a
// k-way merge of sorted slices, an LRU built on list.List, and list
// manipulation (MoveToFront, InsertBefore, PushBackList, Remove while
// iterating).
package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"strings"
)

type IntHeap []int

func (h IntHeap) Len() int            { return len(h) }
func (h IntHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() interface{} {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }
func (pq PriorityQueue) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PriorityQueue) Push(x interface{}) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PriorityQueue) Pop() interface{} {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}
func (pq *PriorityQueue) update(item *Item, value string, priority int) {
	item.value = value
	item.priority = priority
	heap.Fix(pq, item.index)
}

type cursor struct {
	val, list, pos int
}

type mergeHeap []cursor

func (m mergeHeap) Len() int            { return len(m) }
func (m mergeHeap) Less(i, j int) bool  { return m[i].val < m[j].val }
func (m mergeHeap) Swap(i, j int)       { m[i], m[j] = m[j], m[i] }
func (m *mergeHeap) Push(x interface{}) { *m = append(*m, x.(cursor)) }
func (m *mergeHeap) Pop() interface{} {
	old := *m
	x := old[len(old)-1]
	*m = old[:len(old)-1]
	return x
}

func mergeK(lists [][]int) []int {
	h := &mergeHeap{}
	for i, l := range lists {
		if len(l) > 0 {
			heap.Push(h, cursor{l[0], i, 0})
		}
	}
	var out []int
	for h.Len() > 0 {
		c := heap.Pop(h).(cursor)
		out = append(out, c.val)
		if c.pos+1 < len(lists[c.list]) {
			heap.Push(h, cursor{lists[c.list][c.pos+1], c.list, c.pos + 1})
		}
	}
	return out
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type kv struct {
	k string
	v int
}

func NewLRU(n int) *LRU { return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}} }

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*kv).v, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) (evicted string) {
	if e, ok := c.items[k]; ok {
		e.Value.(*kv).v = v
		c.ll.MoveToFront(e)
		return ""
	}
	c.items[k] = c.ll.PushFront(&kv{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		ent := last.Value.(*kv)
		delete(c.items, ent.k)
		return ent.k
	}
	return ""
}

func dump(l *list.List) string {
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PriorityQueue, len(items))
	i := 0
	for _, name := range []string{"banana", "apple", "pear"} {
		pq[i] = &Item{value: name, priority: items[name], index: i}
		i++
	}
	heap.Init(&pq)
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	pq.update(item, item.value, 5)
	removed := heap.Remove(&pq, pq[len(pq)-1].index).(*Item)
	fmt.Println("removed:", removed.value, removed.priority, removed.index)
	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", item.priority, item.value)
	}
	fmt.Println()
	fmt.Println(mergeK([][]int{{1, 4, 9}, {2, 3, 10, 11}, {}, {0, 5}}))

	c := NewLRU(2)
	fmt.Printf("%q %q %q\n", c.Put("a", 1), c.Put("b", 2), c.Put("a", 10))
	fmt.Printf("%q\n", c.Put("c", 3))
	_, okB := c.Get("b")
	va, okA := c.Get("a")
	fmt.Println(okB, va, okA, c.ll.Len(), len(c.items))

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	fmt.Println(dump(l), l.Len())
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	fmt.Println(dump(l), l.Len())
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, isStr := e.Value.(string); isStr {
			l.Remove(e)
		}
		e = next
	}
	l.MoveToBack(l.Front())
	l.MoveAfter(l.Front(), l.Back())
	fmt.Println(dump(l), l.Len(), l.Front().Value, l.Back().Prev().Value)
	var zero list.List
	zero.PushBack("lazy init")
	fmt.Println(zero.Len(), zero.Front().Value, zero.Front().Next() == nil)
}

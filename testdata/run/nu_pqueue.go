// A priority queue written by hand the way container/heap does it (up/down
// sifting over a slice), used for a task scheduler simulation and for
// Dijkstra's shortest paths on a small graph; indices are tracked so
// priorities can be updated in place.
package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name     string
	Priority int
	Seq      int
	index    int
}

type PQ struct {
	items []*Item
	seq   int
	less  func(a, b *Item) bool
}

func NewPQ(less func(a, b *Item) bool) *PQ {
	return &PQ{less: less}
}

func (q *PQ) Len() int { return len(q.items) }

func (q *PQ) swap(i, j int) {
	q.items[i], q.items[j] = q.items[j], q.items[i]
	q.items[i].index = i
	q.items[j].index = j
}

func (q *PQ) up(j int) {
	for {
		i := (j - 1) / 2
		if i == j || !q.less(q.items[j], q.items[i]) {
			break
		}
		q.swap(i, j)
		j = i
	}
}

func (q *PQ) down(i0, n int) bool {
	i := i0
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 {
			break
		}
		j := j1
		if j2 := j1 + 1; j2 < n && q.less(q.items[j2], q.items[j1]) {
			j = j2
		}
		if !q.less(q.items[j], q.items[i]) {
			break
		}
		q.swap(i, j)
		i = j
	}
	return i > i0
}

func (q *PQ) Push(name string, prio int) *Item {
	it := &Item{Name: name, Priority: prio, Seq: q.seq, index: len(q.items)}
	q.seq++
	q.items = append(q.items, it)
	q.up(len(q.items) - 1)
	return it
}

func (q *PQ) Pop() *Item {
	n := len(q.items) - 1
	q.swap(0, n)
	q.down(0, n)
	it := q.items[n]
	q.items[n] = nil
	q.items = q.items[:n]
	it.index = -1
	return it
}

func (q *PQ) Update(it *Item, prio int) {
	it.Priority = prio
	if !q.down(it.index, len(q.items)) {
		q.up(it.index)
	}
}

func (q *PQ) String() string {
	parts := make([]string, len(q.items))
	for i, it := range q.items {
		parts[i] = fmt.Sprintf("%s:%d", it.Name, it.Priority)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type Edge struct {
	To     string
	Weight int
}

func dijkstra(g map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	items := map[string]*Item{}
	q := NewPQ(func(a, b *Item) bool {
		if a.Priority != b.Priority {
			return a.Priority < b.Priority
		}
		return a.Name < b.Name
	})
	items[src] = q.Push(src, 0)
	for q.Len() > 0 {
		u := q.Pop()
		delete(items, u.Name)
		for _, e := range g[u.Name] {
			nd := u.Priority + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = u.Name
				if it, queued := items[e.To]; queued {
					q.Update(it, nd)
				} else {
					items[e.To] = q.Push(e.To, nd)
				}
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	var p []string
	for at := to; at != ""; at = prev[at] {
		p = append([]string{at}, p...)
	}
	return strings.Join(p, "->")
}

func main() {
	// Max-heap by priority, FIFO among equal priorities.
	q := NewPQ(func(a, b *Item) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Seq < b.Seq
	})
	tasks := []struct {
		name string
		prio int
	}{{"backup", 1}, {"deploy", 5}, {"email", 3}, {"alert", 9}, {"log", 1}, {"build", 5}, {"test", 5}}
	handles := map[string]*Item{}
	for _, t := range tasks {
		handles[t.name] = q.Push(t.name, t.prio)
	}
	fmt.Println("heap:", q)
	q.Update(handles["log"], 7)
	q.Update(handles["alert"], 0)
	fmt.Println("after updates:", q)
	tick := 0
	for q.Len() > 0 {
		it := q.Pop()
		tick++
		fmt.Printf("t=%02d run %-7s prio=%d seq=%d\n", tick, it.Name, it.Priority, it.Seq)
		if it.Name == "deploy" {
			q.Push("verify", 6)
		}
	}

	g := map[string][]Edge{
		"A": {{"B", 4}, {"C", 2}},
		"B": {{"C", 5}, {"D", 10}},
		"C": {{"E", 3}},
		"D": {{"F", 11}},
		"E": {{"D", 4}, {"B", 1}},
		"F": {},
	}
	dist, prev := dijkstra(g, "A")
	for _, n := range []string{"A", "B", "C", "D", "E", "F", "Z"} {
		d, ok := dist[n]
		fmt.Printf("%s: dist=%-3d reachable=%-5t path=%s\n", n, d, ok, path(prev, n))
	}

	// Heap sort via the queue.
	hs := NewPQ(func(a, b *Item) bool { return a.Priority < b.Priority })
	for _, v := range []int{9, 4, 7, 1, 8, 2, 2, 6, 0, 5} {
		hs.Push(fmt.Sprint(v), v)
	}
	var sorted []int
	for hs.Len() > 0 {
		sorted = append(sorted, hs.Pop().Priority)
	}
	fmt.Println(sorted, len(hs.items), cap(hs.items) >= 10)
}

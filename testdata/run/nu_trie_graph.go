// Two textbook data structures without generics: a trie for prefix search
// and autocomplete (children in a map and in a fixed array), and a graph
// with BFS, DFS, cycle detection and Kahn's topological sort over maps of
// slices.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type TrieNode struct {
	children map[rune]*TrieNode
	end      bool
	count    int
}

func NewTrieNode() *TrieNode { return &TrieNode{children: make(map[rune]*TrieNode)} }

type Trie struct {
	root  *TrieNode
	words int
	nodes int
}

func NewTrie() *Trie { return &Trie{root: NewTrieNode(), nodes: 1} }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = NewTrieNode()
			n.children[r] = c
			t.nodes++
		}
		c.count++
		n = c
	}
	if !n.end {
		t.words++
	}
	n.end = true
}

func (t *Trie) find(prefix string) *TrieNode {
	n := t.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Complete(prefix string, limit int) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(n *TrieNode, acc []rune)
	walk = func(n *TrieNode, acc []rune) {
		if len(out) >= limit {
			return
		}
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	walk(n, []rune(prefix))
	return out
}

// A byte trie with arrays: 26 lowercase letters only.
type ANode struct {
	next [26]*ANode
	end  bool
}

func (a *ANode) insert(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i] - 'a'
		if c >= 26 {
			return false
		}
		if a.next[c] == nil {
			a.next[c] = &ANode{}
		}
		a = a.next[c]
	}
	a.end = true
	return true
}

func (a *ANode) has(w string) bool {
	for i := 0; i < len(w) && a != nil; i++ {
		a = a.next[w[i]-'a']
	}
	return a != nil && a.end
}

type Graph struct {
	adj   map[string][]string
	nodes []string
}

func NewGraph() *Graph { return &Graph{adj: map[string][]string{}} }

func (g *Graph) AddEdge(from, to string) {
	for _, n := range []string{from, to} {
		if _, ok := g.adj[n]; !ok {
			g.adj[n] = nil
			g.nodes = append(g.nodes, n)
		}
	}
	g.adj[from] = append(g.adj[from], to)
}

func (g *Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func (g *Graph) DFS(start string) []string {
	seen := map[string]bool{}
	var order []string
	var visit func(string)
	visit = func(n string) {
		if seen[n] {
			return
		}
		seen[n] = true
		order = append(order, n)
		for _, m := range g.adj[n] {
			visit(m)
		}
	}
	visit(start)
	return order
}

var ErrCycle = errors.New("graph has a cycle")

func (g *Graph) TopoSort() ([]string, error) {
	indeg := map[string]int{}
	for _, n := range g.nodes {
		indeg[n] += 0
		for _, m := range g.adj[n] {
			indeg[m]++
		}
	}
	var ready []string
	for _, n := range g.nodes {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	var out []string
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, m := range g.adj[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	if len(out) != len(g.nodes) {
		var stuck []string
		for _, n := range g.nodes {
			if indeg[n] > 0 {
				stuck = append(stuck, n)
			}
		}
		return out, fmt.Errorf("%w: stuck %v", ErrCycle, stuck)
	}
	return out, nil
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("go gopher golang good goods gone gopher car cart carbon care ça çava") {
		t.Insert(w)
	}
	fmt.Println("words:", t.words, "nodes:", t.nodes)
	for _, p := range []string{"go", "gop", "car", "ç", "x", ""} {
		fmt.Printf("%-4q -> %v\n", p, t.Complete(p, 5))
	}
	if n := t.find("go"); n != nil {
		fmt.Println("words through 'go':", n.count)
	}
	var a ANode
	fmt.Println(a.insert("hello"), a.insert("help"), a.insert("Hi"), a.has("hel"), a.has("help"), a.has("hello"))

	g := NewGraph()
	for _, e := range [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"}, {"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}, {"undershorts", "pants"}, {"undershorts", "shoes"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println("bfs:", g.BFS("undershorts"))
	fmt.Println("dfs:", g.DFS("shirt"))
	order, err := g.TopoSort()
	fmt.Println("topo:", order, err)
	g.AddEdge("jacket", "shirt")
	order, err = g.TopoSort()
	fmt.Println("topo:", order)
	fmt.Println("err:", err, errors.Is(err, ErrCycle))
	fmt.Println(len(g.adj), len(g.nodes))
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type trieNode struct {
	children map[rune]*trieNode
	terminal bool
	count    int
}

type Trie struct {
	root  *trieNode
	nodes int
}

func NewTrie() *Trie { return &Trie{root: newNode()} }

func newNode() *trieNode { return &trieNode{children: make(map[rune]*trieNode)} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = newNode()
			n.children[r] = child
			t.nodes++
		}
		child.count++
		n = child
	}
	n.terminal = true
}

func (t *Trie) find(prefix string) *trieNode {
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
	var buf []rune = []rune(prefix)
	var walk func(n *trieNode)
	walk = func(n *trieNode) {
		if len(out) >= limit {
			return
		}
		if n.terminal {
			out = append(out, string(buf))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			buf = append(buf, r)
			walk(n.children[r])
			buf = buf[:len(buf)-1]
		}
	}
	walk(n)
	return out
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) Dump() string {
	var sb strings.Builder
	var rec func(n *trieNode, depth int)
	rec = func(n *trieNode, depth int) {
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			c := n.children[r]
			sb.WriteString(strings.Repeat(" ", depth))
			sb.WriteRune(r)
			if c.terminal {
				sb.WriteByte('*')
			}
			sb.WriteByte('\n')
			rec(c, depth+1)
		}
	}
	rec(t.root, 0)
	return sb.String()
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car cart carbon care cat catalog dog do dot dove über übel ütopia") {
		t.Insert(w)
	}
	fmt.Println("nodes:", t.nodes)
	fmt.Println(t.Complete("car", 10))
	fmt.Println(t.Complete("ca", 3))
	fmt.Println(t.Complete("d", 10))
	fmt.Println(t.Complete("üb", 10), t.Complete("x", 5) == nil)
	fmt.Println(t.CountPrefix("ca"), t.CountPrefix("do"), t.CountPrefix("ü"), t.CountPrefix("q"))
	fmt.Print(t.Dump()[:40])
	fmt.Println()
}

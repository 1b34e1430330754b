// A trie with fixed [26]*trieNode children: autocomplete by walking the
// subtree with a recursive closure that appends to a shared []byte.
package main

import (
	"fmt"
	"strings"
)

type trieNode struct {
	children [26]*trieNode
	end      bool
	count    int
}

type Trie struct {
	root  trieNode
	nodes int
}

func (t *Trie) Add(word string) {
	n := &t.root
	for i := 0; i < len(word); i++ {
		c := word[i] - 'a'
		if n.children[c] == nil {
			n.children[c] = new(trieNode)
			t.nodes++
		}
		n = n.children[c]
		n.count++
	}
	n.end = true
}

func (t *Trie) find(prefix string) *trieNode {
	n := &t.root
	for i := 0; i < len(prefix) && n != nil; i++ {
		n = n.children[prefix[i]-'a']
	}
	return n
}

func (t *Trie) Complete(prefix string, limit int) []string {
	start := t.find(prefix)
	if start == nil {
		return nil
	}
	var out []string
	buf := []byte(prefix)
	var walk func(n *trieNode)
	walk = func(n *trieNode) {
		if len(out) >= limit {
			return
		}
		if n.end {
			out = append(out, string(buf))
		}
		for i, c := range n.children {
			if c != nil {
				buf = append(buf, byte('a'+i))
				walk(c)
				buf = buf[:len(buf)-1]
			}
		}
	}
	walk(start)
	return out
}

func main() {
	var t Trie
	text := "go gopher gone good goods golang gc garbage stack stash heap help hello"
	for _, w := range strings.Fields(text) {
		t.Add(w)
	}
	fmt.Println("nodes", t.nodes)
	for _, p := range []string{"go", "goo", "he", "s", "x", "garbage"} {
		n := t.find(p)
		c := 0
		if n != nil {
			c = n.count
		}
		fmt.Printf("%-8s %d %v\n", p, c, t.Complete(p, 4))
	}
}

// A trie over lowercase words with [26]*node children, counting words by
// prefix and listing completions in order; nodes come from a slab.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	child [26]*node
	end   bool
	count int // words passing through this node
}

type Trie struct {
	root  node
	slab  []node
	nodes int
}

func (t *Trie) newNode() *node {
	if len(t.slab) == 0 {
		t.slab = make([]node, 16)
	}
	n := &t.slab[0]
	t.slab = t.slab[1:]
	t.nodes++
	return n
}

func (t *Trie) Insert(w string) bool {
	n := &t.root
	for i := 0; i < len(w); i++ {
		c := w[i] - 'a'
		if c >= 26 {
			return false
		}
		if n.child[c] == nil {
			n.child[c] = t.newNode()
		}
		n = n.child[c]
		n.count++
	}
	n.end = true
	return true
}

func (t *Trie) find(prefix string) *node {
	n := &t.root
	for i := 0; i < len(prefix) && n != nil; i++ {
		n = n.child[prefix[i]-'a']
	}
	return n
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) Complete(prefix string, limit int) []string {
	var out []string
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	buf := []byte(prefix)
	var walk func(n *node)
	walk = func(n *node) {
		if len(out) >= limit {
			return
		}
		if n.end {
			out = append(out, string(buf))
		}
		for i, c := range n.child {
			if c != nil {
				buf = append(buf, byte('a'+i))
				walk(c)
				buf = buf[:len(buf)-1]
			}
		}
	}
	walk(n)
	return out
}

func main() {
	text := `go gopher golang good goods goal gone garbage gc heap stack
	escape escaped escapes allocate allocation alloc arena array arrays
	pointer pointers pool pools profile`
	var t Trie
	rejected := 0
	for _, w := range strings.Fields(text) {
		if !t.Insert(w) {
			rejected++
		}
	}
	t.Insert("Upper")
	fmt.Println("nodes:", t.nodes, "rejected:", rejected)
	for _, p := range []string{"go", "goo", "al", "esc", "p", "x", ""} {
		fmt.Printf("%-4q count=%-3d first5=%v\n", p, t.CountPrefix(p), t.Complete(p, 5))
	}
	fmt.Println(len(t.Complete("", 100)))
}

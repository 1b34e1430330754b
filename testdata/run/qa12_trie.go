// Autocomplete with a trie: nodes as arrays of child pointers (a big
// per-node array) vs a map-based variant, and a comparison of both.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type ArrayNode struct {
	kids  [26]*ArrayNode
	count int
	end   bool
}

type ArrayTrie struct {
	root  ArrayNode
	nodes int
}

func (t *ArrayTrie) Insert(w string) {
	n := &t.root
	for i := 0; i < len(w); i++ {
		c := w[i] - 'a'
		if c >= 26 {
			continue
		}
		if n.kids[c] == nil {
			n.kids[c] = new(ArrayNode)
			t.nodes++
		}
		n = n.kids[c]
		n.count++
	}
	n.end = true
}

func (t *ArrayTrie) find(prefix string) *ArrayNode {
	n := &t.root
	for i := 0; i < len(prefix) && n != nil; i++ {
		n = n.kids[prefix[i]-'a']
	}
	return n
}

func (t *ArrayTrie) Complete(prefix string, limit int) []string {
	n := t.find(prefix)
	var out []string
	var buf []byte
	buf = append(buf, prefix...)
	var walk func(*ArrayNode)
	walk = func(n *ArrayNode) {
		if len(out) >= limit {
			return
		}
		if n.end {
			out = append(out, string(buf))
		}
		for c, k := range n.kids {
			if k != nil {
				buf = append(buf, byte('a'+c))
				walk(k)
				buf = buf[:len(buf)-1]
			}
		}
	}
	if n != nil {
		walk(n)
	}
	return out
}

type MapNode struct {
	kids map[rune]*MapNode
	end  bool
}

type MapTrie struct{ root *MapNode }

func NewMapTrie() *MapTrie { return &MapTrie{&MapNode{kids: map[rune]*MapNode{}}} }

func (t *MapTrie) Insert(w string) {
	n := t.root
	for _, r := range w {
		k, ok := n.kids[r]
		if !ok {
			k = &MapNode{kids: map[rune]*MapNode{}}
			n.kids[r] = k
		}
		n = k
	}
	n.end = true
}

func (t *MapTrie) Complete(prefix string) (out []string) {
	n := t.root
	for _, r := range prefix {
		if n = n.kids[r]; n == nil {
			return nil
		}
	}
	var rec func(n *MapNode, acc []rune)
	rec = func(n *MapNode, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.kids))
		for r := range n.kids {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			rec(n.kids[r], append(acc, r))
		}
	}
	rec(n, []rune(prefix))
	return
}

const words = `car card care careful cart carbon cat catalog cater dog dot dote
dove zebra zero zeal café`

func main() {
	at := &ArrayTrie{}
	mt := NewMapTrie()
	for _, w := range strings.Fields(words) {
		at.Insert(w)
		mt.Insert(w)
	}
	fmt.Println("array nodes", at.nodes)
	for _, p := range []string{"car", "ca", "do", "z", "x", ""} {
		a := at.Complete(p, 4)
		m := mt.Complete(p)
		fmt.Printf("%-4q array=%v map=%d first=%q\n", p, a, len(m), first(m))
	}
	fmt.Println(mt.Complete("caf"), at.find("care").count, at.find("zz") == nil)
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

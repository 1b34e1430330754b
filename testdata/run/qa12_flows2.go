// Escape-analysis flows a careful reader can predict: leaks through
// fields, through double pointers, mutual recursion, closures nested
// three deep, immediately-called literals, string/byte conversions that
// never allocate, and defers in loops.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
	Tags []string
}

// link stores q into p: q leaks to p's content.
func link(p, q *Node) { p.Next = q }

// setPtr writes through a double pointer.
func setPtr(pp **Node, n *Node) { *pp = n }

// tail walks and returns an interior pointer (leaks param content to result).
func tail(n *Node) *Node {
	for n.Next != nil {
		n = n.Next
	}
	return n
}

// even/odd: mutual recursion analysed as one component.
func even(n *Node, k int) bool {
	if n == nil {
		return k%2 == 0
	}
	return odd(n.Next, k+1)
}

func odd(n *Node, k int) bool {
	if n == nil {
		return k%2 == 1
	}
	return even(n.Next, k+1)
}

func nested(base int) func(int) func() int {
	total := base
	return func(x int) func() int {
		total += x
		return func() int {
			return total * 2
		}
	}
}

func immediate(xs []int) int {
	sum := func() (s int) {
		for _, x := range xs {
			s += x
		}
		return
	}()
	max := func(a, b int) int {
		if a > b {
			return a
		}
		return b
	}
	return max(sum, 10)
}

func lookups(m map[string]int, keys [][]byte) (hits int) {
	for _, k := range keys {
		if _, ok := m[string(k)]; ok { // no allocation
			hits++
		}
		if string(k) == "magic" { // no allocation
			hits += 100
		}
	}
	return
}

func runes(s string) (n int) {
	for range []rune(s) { // no allocation
		n++
	}
	return
}

func concat(parts []string) string {
	s := ""
	for _, p := range parts {
		s += p + ","
	}
	return strings.TrimSuffix(s, ",")
}

func deferLoop(n int) (out []int) {
	for i := 0; i < n; i++ {
		defer func() { out = append(out, i) }()
	}
	return nil
}

func tags(n *Node, extra ...string) []string {
	return append(n.Tags, extra...)
}

type Big struct {
	data [512]int
	name string
}

func byValue(b Big) int { return b.data[0] + len(b.name) }
func byPtr(b *Big) int  { return b.data[0] + len(b.name) }

func cycle() *Node {
	a := &Node{Val: 1}
	b := &Node{Val: 2}
	a.Next, b.Next = b, a
	return a
}

func main() {
	a, b, c := &Node{Val: 1}, &Node{Val: 2}, &Node{Val: 3}
	link(a, b)
	var p *Node
	setPtr(&p, c)
	link(b, p)
	fmt.Println(tail(a).Val, even(a, 0), odd(a, 0))
	f := nested(1)
	g := f(2)
	h := f(3)
	fmt.Println(g(), h())
	fmt.Println(immediate([]int{1, 2, 3}), immediate([]int{5, 6, 7}))
	m := map[string]int{"a": 1, "magic": 2}
	fmt.Println(lookups(m, [][]byte{[]byte("a"), []byte("b"), []byte("magic")}))
	fmt.Println(runes("héllo"), concat([]string{"x", "y", "z"}), deferLoop(3))
	n := &Node{Tags: make([]string, 1, 4)}
	t1 := tags(n, "a")
	t2 := tags(n, "b", "c")
	fmt.Println(t1, t2)
	var big Big
	big.data[0] = 5
	big.name = "big"
	fmt.Println(byValue(big), byPtr(&big))
	cy := cycle()
	fmt.Println(cy.Next.Next == cy, cy.Next.Val)
}

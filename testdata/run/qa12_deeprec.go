// gosub:gcstress=20000 one million live list nodes make a collection per allocation quadratic
// Deep recursion: a recursive-descent evaluator of a very deeply nested
// expression, a million-deep linked list walked recursively (stack
// growth), and the same inside goroutines with big frames.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type parser struct {
	s   string
	pos int
}

func (p *parser) expr() int {
	v := p.term()
	for p.pos < len(p.s) && (p.s[p.pos] == '+' || p.s[p.pos] == '-') {
		op := p.s[p.pos]
		p.pos++
		r := p.term()
		if op == '+' {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *parser) term() int {
	if p.s[p.pos] == '(' {
		p.pos++
		v := p.expr()
		p.pos++ // ')'
		return v
	}
	start := p.pos
	for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
		p.pos++
	}
	n := 0
	for _, c := range p.s[start:p.pos] {
		n = n*10 + int(c-'0')
	}
	return n
}

type cell struct {
	v    int
	next *cell
}

func sumRec(c *cell) int {
	if c == nil {
		return 0
	}
	return c.v + sumRec(c.next)
}

func bigFrame(depth int) int {
	var pad [64]int
	pad[depth%64] = depth
	if depth == 0 {
		return 0
	}
	return pad[depth%64] - bigFrame(depth-1) + pad[(depth+1)%64]
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	const depth = 100000
	src := strings.Repeat("(1+", depth) + "0" + strings.Repeat(")", depth)
	p := &parser{s: src}
	fmt.Println("nested", p.expr(), p.pos == len(src))

	var head *cell
	for i := 1; i <= 1000000; i++ {
		head = &cell{i % 10, head}
	}
	fmt.Println("list sum", sumRec(head))

	var wg sync.WaitGroup
	res := make([]int, 4)
	for g := range res {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			res[g] = bigFrame(20000 + g)
		}(g)
	}
	wg.Wait()
	fmt.Println("frames", res)
	fmt.Println("ackermann", ackermann(2, 3), ackermann(3, 5))
}

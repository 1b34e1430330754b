package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) { l.head = &Node{v, l.head}; l.size++ }

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	if l.head == nil {
		l.head = n
	} else {
		p := l.head
		for p.Next != nil {
			p = p.Next
		}
		p.Next = n
	}
	l.size++
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprintf(&sb, "%d", n.Val)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Printf("%v %s\n", l, l)
	var big List
	for i := 0; i < 2000; i++ {
		big.PushFront(i)
	}
	sum := 0
	for n := big.head; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println(big.size, sum)
}

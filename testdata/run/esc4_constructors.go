// Constructors returning pointers: which values a user sees on the heap
// when a constructor hands back &T{...}, and which stay on the stack once
// the constructor is inlined into its caller.
package main

import (
	"fmt"
	"strings"
)

type Point struct {
	X, Y int
}

func NewPoint(x, y int) *Point {
	return &Point{X: x, Y: y}
}

func (p *Point) Add(q *Point) {
	p.X += q.X
	p.Y += q.Y
}

func (p Point) String() string {
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

func NewNode(v int) *Node {
	n := new(Node)
	n.Val = v
	return n
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return NewNode(v)
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Walk(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.Walk(visit)
	visit(n.Val)
	n.Right.Walk(visit)
}

type Config struct {
	Name    string
	Retries int
	Tags    []string
}

func DefaultConfig(name string) *Config {
	c := Config{Name: name, Retries: 3}
	c.Tags = append(c.Tags, "default")
	return &c
}

func (c *Config) WithTag(t string) *Config {
	c.Tags = append(c.Tags, t)
	return c
}

type Account struct {
	owner   string
	balance int64
}

func newAccount(owner string, initial int64) Account {
	return Account{owner: owner, balance: initial}
}

func (a *Account) Deposit(n int64) { a.balance += n }

func sumPoints(ps []*Point) Point {
	var total Point
	for _, p := range ps {
		total.Add(p)
	}
	return total
}

func main() {
	p := NewPoint(1, 2)
	q := NewPoint(3, 4)
	p.Add(q)
	fmt.Println(p.X, p.Y)

	local := NewPoint(5, 6)
	local.Add(&Point{X: 1, Y: 1})
	fmt.Println(local.String())

	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	var seen []string
	root.Walk(func(v int) {
		seen = append(seen, fmt.Sprint(v))
	})
	fmt.Println(strings.Join(seen, " "))

	cfg := DefaultConfig("svc").WithTag("fast").WithTag("beta")
	fmt.Println(cfg.Name, cfg.Retries, cfg.Tags)

	acct := newAccount("ann", 100)
	acct.Deposit(50)
	fmt.Println(acct.owner, acct.balance)

	ps := []*Point{NewPoint(1, 1), NewPoint(2, 2), NewPoint(3, 3)}
	t := sumPoints(ps)
	fmt.Println(t)
}

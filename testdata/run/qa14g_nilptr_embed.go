package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Log(string)
}

type Store interface {
	Get(k string) (string, bool)
	Put(k, v string)
}

// Service embeds interfaces: methods it does not define are forwarded,
// and a nil embedded interface panics when called.
type Service struct {
	Logger
	Store
	name string
}

type memStore struct{ m map[string]string }

func (s *memStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *memStore) Put(k, v string)             { s.m[k] = v }

type bufLogger struct {
	lines []string
	pfx   string
}

func (b *bufLogger) Log(s string) { b.lines = append(b.lines, b.pfx+s) }

// countingStore overrides Put but forwards Get.
type countingStore struct {
	Store
	puts int
}

func (c *countingStore) Put(k, v string) {
	c.puts++
	c.Store.Put(k, strings.ToUpper(v))
}

func (s *Service) Handle(cmd string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprintf("%s: recovered: %v", s.name, r)
		}
	}()
	parts := strings.SplitN(cmd, " ", 3)
	switch parts[0] {
	case "put":
		s.Put(parts[1], parts[2])
		s.Log("put " + parts[1])
		return "ok"
	case "get":
		v, ok := s.Get(parts[1])
		s.Log(fmt.Sprintf("get %s -> %v", parts[1], ok))
		return v
	}
	return "?"
}

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Left.Sum() + n.Right.Sum()
}

func (n *Node) Depth() int { // nil-safe too
	if n == nil {
		return 0
	}
	l, r := n.Left.Depth(), n.Right.Depth()
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	lg := &bufLogger{pfx: "[svc] "}
	cs := &countingStore{Store: &memStore{m: map[string]string{}}}
	s := &Service{Logger: lg, Store: cs, name: "full"}
	for _, c := range []string{"put a hello", "get a", "get b", "put b x y"} {
		fmt.Printf("%q -> %q\n", c, s.Handle(c))
	}
	fmt.Println(lg.lines, cs.puts)

	noLog := &Service{Store: &memStore{m: map[string]string{}}, name: "nolog"}
	fmt.Println(noLog.Handle("put k v"))
	v, _ := noLog.Get("k")
	fmt.Println("stored anyway:", v)

	t := &Node{1, &Node{2, nil, &Node{4, nil, nil}}, &Node{3, nil, nil}}
	fmt.Println(t.Sum(), t.Depth())
	var empty *Node
	fmt.Println(empty.Sum(), empty.Depth())

	var bare Service
	bare.name = "bare"
	fmt.Println(bare.Handle("get z"))
	fmt.Println("now direct field access through nil:")
	fmt.Println(empty.Left.Val)
}

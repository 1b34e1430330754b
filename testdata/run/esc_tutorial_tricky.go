// Trickier escape cases: goroutines capturing loop variables directly,
// method values stored in fields and passed to go/defer, pointers to range
// variables, slices of local arrays returned, new in loops, non-constant
// make, large constant make, pointer fields set from parameters, select
// sending pointers, recursion with pointers, labeled loops, struct copies
// through interfaces.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Node struct {
	Val         int
	Left, Right *Node
}

func Insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = Insert(n.Left, v)
	} else {
		n.Right = Insert(n.Right, v)
	}
	return n
}

func (n *Node) Walk(f func(int)) {
	if n == nil {
		return
	}
	n.Left.Walk(f)
	f(n.Val)
	n.Right.Walk(f)
}

type Logger struct {
	prefix string
	lines  []string
	mu     sync.Mutex
}

func (l *Logger) Log(s string) {
	l.mu.Lock()
	l.lines = append(l.lines, l.prefix+s)
	l.mu.Unlock()
}

type Service struct {
	log  func(string)
	name string
}

func NewService(l *Logger, name string) *Service { return &Service{log: l.Log, name: name} }

func (s *Service) Run(wg *sync.WaitGroup) {
	defer wg.Done()
	s.log("run " + s.name)
}

func Firsts(words []string) []*string {
	var out []*string
	for _, w := range words {
		w := w
		out = append(out, &w)
	}
	return out
}

func Window() []int {
	var a [6]int
	for i := range a {
		a[i] = i * 10
	}
	return a[1:4]
}

func Boxes(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		b := new(int)
		*b = i
		sum += *b
	}
	return sum
}

func Buffers(n int) (int, int) {
	small := make([]byte, n)
	large := make([]byte, 1<<17)
	fixed := make([]byte, 128)
	return len(small) + len(fixed), len(large)
}

type Conf struct {
	name *string
	tags []string
}

func Configure(c *Conf, name string, tags ...string) {
	c.name = &name
	c.tags = tags
}

func Producer(out chan<- *Node, n int) {
	for i := 0; i < n; i++ {
		select {
		case out <- &Node{Val: i}:
		default:
			return
		}
	}
}

func Grid(n int) (count int) {
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if i*j > 6 {
				continue outer
			}
			if j > i {
				break
			}
			count++
		}
	}
	return count
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func Show(vals ...fmt.Stringer) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = v.String()
	}
	return strings.Join(parts, ",")
}

func main() {
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4} {
		root = Insert(root, v)
	}
	var walked []int
	root.Walk(func(v int) { walked = append(walked, v) })
	fmt.Println(walked)

	lg := &Logger{prefix: "> "}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		s := NewService(lg, fmt.Sprint("svc", i))
		wg.Add(1)
		go s.Run(&wg)
	}
	wg.Wait()
	fmt.Println(len(lg.lines))

	results := make([]int, 4)
	for i := 0; i < 4; i++ {
		i := i // each goroutine captures its own copy
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(len(results))

	ps := Firsts([]string{"a", "b"})
	fmt.Println(*ps[0], *ps[1], Window(), Boxes(4))
	fmt.Println(Buffers(10))
	var c Conf
	Configure(&c, "conf", "x", "y")
	fmt.Println(*c.name, c.tags)
	ch := make(chan *Node, 2)
	Producer(ch, 5)
	fmt.Println(len(ch), Grid(5))
	fmt.Println(Show(Celsius(21.5), Celsius(-3)))
	defer lg.Log("deferred")
	f := lg.Log
	defer f("method value")
}

// go/defer of a bound call (a method called on a type parameter value):
// gc's callee is the closure read from the dictionary, captured by the
// wrapper in a temporary of its own at the selector, before the receiver.
package main

import (
	"strings"
	"fmt"
	"sync"
)

type Sink struct {
	mu   sync.Mutex
	got  [][]byte
	seen int
}

func (s *Sink) Consume(b []byte, wg *sync.WaitGroup) {
	defer wg.Done()
	s.mu.Lock()
	s.got = append(s.got, b)
	s.mu.Unlock()
}

func (s *Sink) Count() { s.seen++ }

type Consumer interface {
	Consume([]byte, *sync.WaitGroup)
	Count()
}

func Feed[C Consumer](c C, chunks [][]byte) {
	var wg sync.WaitGroup
	for _, ch := range chunks {
		wg.Add(1)
		go c.Consume(ch, &wg)
	}
	wg.Wait()
	defer c.Count()
}

func Feed2[T any, P interface {
	*T
	Consumer
}](c *T, chunks [][]byte) {
	var wg sync.WaitGroup
	buf := make([]byte, 4)
	wg.Add(1)
	go P(c).Consume(buf, &wg)
	wg.Wait()
	defer P(c).Count()
}

func mainFeed() {
	s := &Sink{}
	Feed(s, [][]byte{[]byte("a"), []byte("b")})
	Feed2[Sink](s, nil)
	fmt.Println(len(s.got), s.seen)
}
type Closer interface{ Close() error }

type File struct {
	name   string
	closed bool
}

func (f *File) Close() error { f.closed = true; return nil }
func (f *File) Name() string { return f.name }

func UseAll[T any, P interface {
	*T
	Close() error
	Name() string
}](xs []T) string {
	var sb strings.Builder
	for i := range xs {
		p := P(&xs[i])
		defer p.Close()
		sb.WriteString(p.Name())
	}
	return sb.String()
}

func Parallel[T any, P interface {
	*T
	Name() string
}](xs []T) []string {
	out := make([]string, len(xs))
	var wg sync.WaitGroup
	for i := range xs {
		wg.Add(1)
		p := P(&xs[i])
		go func(i int) {
			defer wg.Done()
			out[i] = p.Name()
		}(i)
	}
	wg.Wait()
	return out
}

type Registry[T any, P interface {
	*T
	Name() string
}] struct {
	items map[string]P
	hooks []func() string
}

func (r *Registry[T, P]) Add(x P) {
	if r.items == nil {
		r.items = map[string]P{}
	}
	r.items[x.Name()] = x
	r.hooks = append(r.hooks, x.Name)
}

func (r *Registry[T, P]) Run() []string {
	var out []string
	for _, h := range r.hooks {
		out = append(out, h())
	}
	return out
}

func main() {
	mainFeed()
	mainIface()
	fs := []File{{name: "a"}, {name: "b"}}
	fmt.Println(UseAll(fs), fs[0].closed, fs[1].closed)
	fmt.Println(Parallel(fs))
	var r Registry[File, *File]
	r.Add(&File{name: "x"})
	r.Add(&fs[0])
	fmt.Println(r.Run(), len(r.items))
}

// the same with a type argument that is an interface (gc: a call of the
// dictionary's closure too, receiver first)
type Resource struct{ n int }

func (r *Resource) Close() error { r.n++; return nil }

func CloseEach[C Closer](cs []C) {
	for _, c := range cs {
		defer c.Close()
	}
}

type Worker interface{ Work(id int, out []int, wg *sync.WaitGroup) }

type W struct{}

func (W) Work(id int, out []int, wg *sync.WaitGroup) { out[id] = id * id; wg.Done() }

func Start[T Worker](ws []T) []int {
	out := make([]int, len(ws))
	var wg sync.WaitGroup
	for i, w := range ws {
		wg.Add(1)
		go w.Work(i, out, &wg)
	}
	wg.Wait()
	return out
}

func mainIface() {
	rs := []*Resource{{}, {}}
	CloseEach(rs)
	CloseEach([]Closer{&Resource{}, rs[0]})
	fmt.Println(rs[0].n, rs[1].n)
	fmt.Println(Start([]W{{}, {}, {}}), Start([]Worker{W{}, W{}}))
}

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func (s *Set[T]) Add(vs ...T) {
	if s.m == nil {
		s.m = make(map[T]struct{})
	}
	for _, v := range vs {
		s.m[v] = struct{}{}
	}
}

func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int      { return len(s.m) }

type Locked[T any] struct {
	sync.Mutex
	val T
}

func (l *Locked[T]) Update(f func(*T)) {
	l.Lock()
	defer l.Unlock()
	f(&l.val)
}

type Tagger struct {
	Set[string]
	*Locked[[]string]
	name string
}

func NewTagger(name string) *Tagger {
	return &Tagger{name: name, Locked: &Locked[[]string]{}}
}

func (t *Tagger) Tag(tags ...string) {
	for _, tg := range tags {
		if t.Has(tg) {
			continue
		}
		t.Add(tg)
		t.Update(func(h *[]string) { *h = append(*h, t.name+":"+tg) })
	}
}

type Counter interface {
	Len() int
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type Entry struct {
	Pair[string, int]
	note string
}

func main() {
	t := NewTagger("t1")
	t.Tag("go", "gc", "go", "heap")
	t.Tag("stack", "gc")
	var c Counter = t
	fmt.Println(c.Len(), t.Has("gc"), t.Has("rust"))
	t.Lock()
	hist := append([]string(nil), t.val...)
	t.Unlock()
	fmt.Println(hist)

	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			t.Update(func(h *[]string) { *h = append(*h, fmt.Sprint("g", i)) })
		}(i)
	}
	wg.Wait()
	got := append([]string(nil), t.val[len(hist):]...)
	sort.Strings(got)
	fmt.Println(got)

	es := []Entry{{Pair[string, int]{"b", 2}, "x"}, {Pair[string, int]{"a", 1}, "y"}}
	sort.Slice(es, func(i, j int) bool { return es[i].First < es[j].First })
	for _, e := range es {
		s := e.Swap()
		fmt.Println(e.First, e.Second, e.note, s.First, s.Second, fmt.Sprintf("%+v", s))
	}
	var ints Set[int]
	ints.Add(3, 1, 3)
	fmt.Println(ints.Len(), Counter(ints).Len(), Counter(&ints).Len())
	var sb strings.Builder
	lk := Locked[strings.Builder]{}
	lk.Update(func(b *strings.Builder) { b.WriteString("locked ") })
	lk.Update(func(b *strings.Builder) { b.WriteString("builder") })
	sb.WriteString(lk.val.String())
	fmt.Println(sb.String())
}

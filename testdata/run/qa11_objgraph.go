package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// A toy mark-and-sweep collector over an explicit object graph: roots,
// allocation with a free list, write barriers and statistics.

type ObjID int

type Object struct {
	id     ObjID
	size   int
	refs   []ObjID
	marked bool
	free   bool
	gen    int
}

type Heap struct {
	objects   []Object
	freeList  []ObjID
	roots     map[string]ObjID
	live      int
	limit     int
	collected int
	cycles    int
	barrier   func(from, to ObjID)
	grey      []ObjID
	log       []string
}

var ErrOOM = errors.New("out of memory")

type AllocError struct {
	Size int
	Live int
	Err  error
}

func (e *AllocError) Error() string {
	return fmt.Sprintf("alloc %d (live %d): %v", e.Size, e.Live, e.Err)
}
func (e *AllocError) Unwrap() error { return e.Err }

func NewHeap(limit int) *Heap {
	h := &Heap{roots: map[string]ObjID{}, limit: limit}
	h.barrier = func(from, to ObjID) {
		if h.objects[from].marked && !h.objects[to].marked {
			h.grey = append(h.grey, to)
		}
	}
	return h
}

func (h *Heap) Alloc(size int) (ObjID, error) {
	if h.live+size > h.limit {
		h.Collect()
		if h.live+size > h.limit {
			return -1, &AllocError{size, h.live, ErrOOM}
		}
	}
	var id ObjID
	if n := len(h.freeList); n > 0 {
		id = h.freeList[n-1]
		h.freeList = h.freeList[:n-1]
		h.objects[id] = Object{id: id, size: size}
	} else {
		id = ObjID(len(h.objects))
		h.objects = append(h.objects, Object{id: id, size: size})
	}
	h.live += size
	return id, nil
}

func (h *Heap) Ref(from, to ObjID) {
	o := &h.objects[from]
	o.refs = append(o.refs, to)
	h.barrier(from, to)
}

func (h *Heap) Unref(from, to ObjID) {
	o := &h.objects[from]
	for i, r := range o.refs {
		if r == to {
			o.refs = append(o.refs[:i], o.refs[i+1:]...)
			return
		}
	}
}

func (h *Heap) mark(id ObjID) {
	stack := []ObjID{id}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		o := &h.objects[cur]
		if o.marked || o.free {
			continue
		}
		o.marked = true
		stack = append(stack, o.refs...)
	}
}

func (h *Heap) Collect() int {
	h.cycles++
	names := make([]string, 0, len(h.roots))
	for n := range h.roots {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		h.mark(h.roots[n])
	}
	for len(h.grey) > 0 {
		g := h.grey[0]
		h.grey = h.grey[1:]
		h.mark(g)
	}
	freed := 0
	for i := range h.objects {
		o := &h.objects[i]
		switch {
		case o.free:
		case o.marked:
			o.marked = false
			o.gen++
		default:
			freed += o.size
			o.free = true
			o.refs = nil
			h.freeList = append(h.freeList, o.id)
		}
	}
	h.live -= freed
	h.collected += freed
	h.log = append(h.log, fmt.Sprintf("gc#%d freed=%d live=%d", h.cycles, freed, h.live))
	return freed
}

func (h *Heap) Stats() string {
	byGen := map[int]int{}
	n := 0
	for _, o := range h.objects {
		if !o.free {
			byGen[o.gen]++
			n++
		}
	}
	gens := make([]int, 0, len(byGen))
	for g := range byGen {
		gens = append(gens, g)
	}
	sort.Ints(gens)
	var parts []string
	for _, g := range gens {
		parts = append(parts, fmt.Sprintf("g%d:%d", g, byGen[g]))
	}
	return fmt.Sprintf("objects=%d live=%d free=%d %s", n, h.live, len(h.freeList), strings.Join(parts, " "))
}

func must(id ObjID, err error) ObjID {
	if err != nil {
		panic(err)
	}
	return id
}

func main() {
	h := NewHeap(100)
	root := must(h.Alloc(4))
	h.roots["main"] = root
	var chain []ObjID
	prev := root
	for i := 0; i < 5; i++ {
		id := must(h.Alloc(8))
		h.Ref(prev, id)
		chain = append(chain, id)
		prev = id
	}
	for i := 0; i < 6; i++ {
		must(h.Alloc(5))
	}
	fmt.Println(h.Stats())
	fmt.Println("freed", h.Collect(), h.Stats())
	h.Unref(chain[1], chain[2])
	fmt.Println("freed", h.Collect(), h.Stats())
	cyc1 := must(h.Alloc(10))
	cyc2 := must(h.Alloc(10))
	h.Ref(cyc1, cyc2)
	h.Ref(cyc2, cyc1)
	h.roots["tmp"] = cyc1
	fmt.Println("freed", h.Collect())
	delete(h.roots, "tmp")
	fmt.Println("freed", h.Collect(), h.Stats())
	var big []ObjID
	var err error
	for i := 0; i < 20; i++ {
		var id ObjID
		id, err = h.Alloc(15)
		if err != nil {
			break
		}
		h.Ref(root, id)
		big = append(big, id)
	}
	var ae *AllocError
	fmt.Println(len(big), err, errors.Is(err, ErrOOM), errors.As(err, &ae) && ae.Size == 15)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		must(h.Alloc(1000))
	}()
	fmt.Println(strings.Join(h.log, "\n"))
	fmt.Println("total collected", h.collected, "cycles", h.cycles)
}

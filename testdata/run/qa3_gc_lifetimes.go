// When does an object die? A GC tutorial that uses finalizers as probes:
// objects dropped from a slice, a map, a linked list and a struct field,
// objects kept alive by a sub-slice or by runtime.KeepAlive, and a cycle
// (which Go collects, unlike reference counting). After each step the
// program forces collections and waits until the expected finalizers ran.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type Probe struct {
	name string
	data [64]byte
	peer *Probe
}

var (
	mu    sync.Mutex
	freed []string
)

func newProbe(name string) *Probe {
	p := &Probe{name: name}
	runtime.SetFinalizer(p, func(p *Probe) {
		mu.Lock()
		freed = append(freed, p.name)
		mu.Unlock()
	})
	return p
}

// collect runs the collector until at least want finalizers have run or a
// retry budget is used up, then returns the sorted names freed so far.
func collect(want int) []string {
	for i := 0; i < 20; i++ {
		runtime.GC()
		runtime.Gosched()
		mu.Lock()
		n := len(freed)
		mu.Unlock()
		if n >= want {
			break
		}
	}
	mu.Lock()
	defer mu.Unlock()
	out := append([]string(nil), freed...)
	freed = freed[:0]
	sort.Strings(out)
	return out
}

func report(step string, want int) {
	got := collect(want)
	fmt.Printf("%-28s freed %d: %s\n", step, len(got), strings.Join(got, " "))
}

type Registry struct {
	byName map[string]*Probe
}

type Holder struct {
	current *Probe
}

type List struct {
	head *Elem
}

type Elem struct {
	p    *Probe
	next *Elem
}

func buildList(n int) *List {
	l := &List{}
	for i := n - 1; i >= 0; i-- {
		l.head = &Elem{p: newProbe(fmt.Sprintf("list%d", i)), next: l.head}
	}
	return l
}

func makeCycle() {
	a := newProbe("cycleA")
	b := newProbe("cycleB")
	a.peer = b
	b.peer = a
}

func main() {
	probes := []*Probe{newProbe("s0"), newProbe("s1"), newProbe("s2"), newProbe("s3")}
	probes[1] = nil
	probes[3] = nil
	report("nil two slice elements", 2)

	probes = probes[:1]
	report("reslice (backing kept)", 0)
	fmt.Println("still reachable via backing array:", probes[0].name)

	reg := &Registry{byName: map[string]*Probe{}}
	for _, n := range []string{"m0", "m1", "m2"} {
		reg.byName[n] = newProbe(n)
	}
	delete(reg.byName, "m1")
	report("delete from map", 1)

	l := buildList(4)
	l.head.next.next = nil // drops list2 and list3
	report("truncate linked list", 2)

	h := &Holder{current: newProbe("field-old")}
	h.current = newProbe("field-new")
	report("overwrite struct field", 1)

	makeCycle()
	report("unreachable cycle", 2)

	k := newProbe("kept")
	for i := range k.data {
		k.data[i] = byte(i)
	}
	sum := 0
	for _, b := range k.data {
		sum += int(b)
	}
	report("before KeepAlive", 0)
	runtime.KeepAlive(k)
	fmt.Println("checksum:", sum)

	probes = nil
	reg = nil
	l = nil
	h = nil
	report("drop every root", 6)

	mu.Lock()
	left := len(freed)
	mu.Unlock()
	fmt.Println("finalizers pending:", left)
}

package main

import (
	"fmt"
	"runtime"
	"sort"
)

type Person struct {
	Name    string
	Friends []*Person
	Manager *Person
	Reports []*Person
	payload []byte
}

func link(a, b *Person) {
	a.Friends = append(a.Friends, b)
	b.Friends = append(b.Friends, a)
}

func reachable(start *Person) []string {
	seen := map[*Person]bool{}
	var stack []*Person
	stack = append(stack, start)
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[p] {
			continue
		}
		seen[p] = true
		stack = append(stack, p.Friends...)
		stack = append(stack, p.Reports...)
		if p.Manager != nil {
			stack = append(stack, p.Manager)
		}
	}
	names := make([]string, 0, len(seen))
	for p := range seen {
		names = append(names, p.Name)
	}
	sort.Strings(names)
	return names
}

func buildOrg(n int) *Person {
	boss := &Person{Name: "boss", payload: make([]byte, 1<<16)}
	prev := boss
	for i := 0; i < n; i++ {
		p := &Person{Name: fmt.Sprintf("e%02d", i), Manager: boss, payload: make([]byte, 1<<16)}
		boss.Reports = append(boss.Reports, p)
		link(prev, p)
		prev = p
	}
	link(prev, boss)
	return boss
}

func heapMB() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc >> 20
}

func main() {
	runtime.GC()
	base := heapMB()
	org := buildOrg(40)
	names := reachable(org.Reports[7])
	fmt.Println(len(names), names[:5], names[len(names)-1])
	grown := heapMB()
	fmt.Println("heap grew by at least 2MB:", grown >= base+2)
	// break one person out of the cycle
	x := org.Reports[3]
	for _, f := range x.Friends {
		for i, g := range f.Friends {
			if g == x {
				f.Friends = append(f.Friends[:i], f.Friends[i+1:]...)
				break
			}
		}
	}
	x.Friends = nil
	fmt.Println("after unlink:", len(reachable(x)), len(reachable(org)))
	org = nil
	x = nil
	runtime.GC()
	after := heapMB()
	fmt.Println("cycle collected:", after <= base+1)
}

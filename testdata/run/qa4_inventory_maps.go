// An inventory kept in maps: struct values vs pointers in maps, the
// "cannot assign to struct field in map" workaround, maps of slices and of
// maps, deletion during iteration, set operations, grouping and counting,
// with every printed order made deterministic by sorting (fmt prints maps
// sorted by key too).
package main

import (
	"fmt"
	"sort"
	"strings"
)

type item struct {
	sku   string
	qty   int
	price float64
	tags  []string
}

type warehouse struct {
	name  string
	stock map[string]item
	byTag map[string]map[string]bool
}

func newWarehouse(name string) *warehouse {
	return &warehouse{name: name, stock: map[string]item{}, byTag: map[string]map[string]bool{}}
}

func (w *warehouse) add(it item) {
	if old, ok := w.stock[it.sku]; ok {
		old.qty += it.qty
		w.stock[it.sku] = old
		return
	}
	w.stock[it.sku] = it
	for _, t := range it.tags {
		if w.byTag[t] == nil {
			w.byTag[t] = map[string]bool{}
		}
		w.byTag[t][it.sku] = true
	}
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func union(a, b map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

func intersect(a, b map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		if b[k] {
			out[k] = true
		}
	}
	return out
}

func main() {
	w := newWarehouse("north")
	w.add(item{"A1", 5, 2.5, []string{"tool", "metal"}})
	w.add(item{"B2", 0, 10, []string{"wood"}})
	w.add(item{"C3", 12, 1.25, []string{"tool", "wood"}})
	w.add(item{"A1", 3, 2.5, nil})
	w.add(item{"D4", 7, 99.99, []string{"metal", "premium"}})
	w.add(item{"E5", 0, 3, []string{"premium"}})
	fmt.Println(len(w.stock), w.stock["A1"].qty, w.stock["ZZ"].qty, w.stock["ZZ"].tags == nil)

	for sku, it := range w.stock {
		if it.qty == 0 {
			delete(w.stock, sku)
		}
	}
	skus := make([]string, 0)
	var value float64
	for sku, it := range w.stock {
		skus = append(skus, sku)
		value += float64(it.qty) * it.price
	}
	sort.Strings(skus)
	fmt.Printf("in stock: %v value %.2f\n", skus, value)

	tags := make([]string, 0, len(w.byTag))
	for t := range w.byTag {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	for _, t := range tags {
		fmt.Printf("%-8s %v\n", t, sortedKeys(w.byTag[t]))
	}
	fmt.Println("tool|wood:", sortedKeys(union(w.byTag["tool"], w.byTag["wood"])))
	fmt.Println("tool&wood:", sortedKeys(intersect(w.byTag["tool"], w.byTag["wood"])))
	fmt.Println("missing tag:", sortedKeys(w.byTag["glass"]), len(w.byTag["glass"]))

	ptrs := map[string]*item{}
	for sku, it := range w.stock {
		it := it
		ptrs[sku] = &it
	}
	ptrs["A1"].qty = 1000
	fmt.Println(ptrs["A1"].qty, w.stock["A1"].qty)

	words := strings.Fields("the cat and the hat and the bat sat on the mat")
	freq := map[string]int{}
	for _, wd := range words {
		freq[wd]++
	}
	fmt.Println(freq)
	type wc struct {
		w string
		n int
	}
	var list []wc
	for k, v := range freq {
		list = append(list, wc{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	fmt.Println(list[:3])

	byLen := map[int][]string{}
	for _, wd := range sortedKeys(func() map[string]bool {
		m := map[string]bool{}
		for _, x := range words {
			m[x] = true
		}
		return m
	}()) {
		byLen[len(wd)] = append(byLen[len(wd)], wd)
	}
	fmt.Println(byLen)

	type point struct{ x, y int }
	visited := map[point]int{}
	moves := "RRULLDDDRU"
	p := point{}
	visited[p]++
	for _, m := range moves {
		switch m {
		case 'R':
			p.x++
		case 'L':
			p.x--
		case 'U':
			p.y++
		case 'D':
			p.y--
		}
		visited[p]++
	}
	fmt.Println(len(visited), visited[point{0, 0}], visited[point{1, -1}], visited)

	nested := map[string]map[string]int{}
	add := func(a, b string, n int) {
		inner, ok := nested[a]
		if !ok {
			inner = map[string]int{}
			nested[a] = inner
		}
		inner[b] += n
	}
	add("x", "y", 1)
	add("x", "z", 2)
	add("w", "y", 3)
	add("x", "y", 4)
	fmt.Println(nested, len(nested["x"]))

	var nilMap map[string]int
	fmt.Println(nilMap["a"], len(nilMap))
	for range nilMap {
		fmt.Println("never")
	}
	delete(nilMap, "a")
	v, ok := nilMap["a"]
	fmt.Println(v, ok)
	fmt.Printf("%v %d %#v\n", map[bool]int{true: 1, false: 0}, map[float64]string{2.5: "b", -1: "a"}, map[string]bool{"b": true, "a": false})
}

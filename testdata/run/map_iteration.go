package main

import (
	"fmt"
	"sort"
)

type Key struct {
	A int
	B string
}

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	m := map[string]int{}
	for i := 0; i < 100; i++ {
		m[fmt.Sprintf("k%03d", i)] = i
	}
	// iteration visits every key once
	sum, cnt := 0, 0
	for k, v := range m {
		if m[k] != v {
			fmt.Println("mismatch")
		}
		sum += v
		cnt++
	}
	fmt.Println(cnt, sum)

	// deleting the current key while iterating is allowed
	for k := range m {
		if m[k]%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m), sortedKeys(m)[:5])

	// updating values while iterating
	for k := range m {
		m[k] *= 10
	}
	fmt.Println(m["k004"], m["k098"])

	// map of struct keys, sorted output via fmt
	sk := map[Key]int{}
	for i := 0; i < 5; i++ {
		sk[Key{i % 2, fmt.Sprint(i)}] = i
	}
	fmt.Println(sk)

	// fmt prints maps sorted by key
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"})
	fmt.Println(map[string]bool{"z": true, "a": false})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Printf("%v %d\n", map[rune]int{'b': 2, 'a': 1}, map[string]int{"x": 1})

	// maps are references
	alias := m
	alias["new"] = 1
	_, ok := m["new"]
	fmt.Println(ok, len(m) == len(alias))

	// map with slice values
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		key := "odd"
		if i%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], i)
	}
	fmt.Println(groups)

	// counting with a large number of keys
	big := map[int]int{}
	for i := 0; i < 100000; i++ {
		big[i%5000] += i
	}
	fmt.Println(len(big), big[0], big[4999])
	for i := 0; i < 5000; i += 2 {
		delete(big, i)
	}
	fmt.Println(len(big))
	total := 0
	for _, v := range big {
		total += v
	}
	fmt.Println(total)
}

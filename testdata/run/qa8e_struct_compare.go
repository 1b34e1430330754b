package main

import (
	"fmt"
	"sort"
	"strings"
)

type Coord struct{ Lat, Lon float64 }

type Place struct {
	Name string
	At   Coord
	Tags [2]string
}

type Key struct {
	City string
	Year int
}

type Matrix2 [2][2]int

func (m Matrix2) Mul(o Matrix2) Matrix2 {
	var r Matrix2
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type Visitor interface{ Visit(p Place) }

type counter struct{ seen map[Coord]int }

func (c *counter) Visit(p Place) { c.seen[p.At]++ }

type namer []string

func (n *namer) Visit(p Place) { *n = append(*n, p.Name) }

func walk(ps []Place, vs ...Visitor) {
	for _, p := range ps {
		for _, v := range vs {
			v.Visit(p)
		}
	}
}

func main() {
	a := Place{"cafe", Coord{1.5, 2.5}, [2]string{"food", "wifi"}}
	b := a
	b.Tags[1] = "quiet"
	c := a
	fmt.Println(a == b, a == c, a.At == b.At, a.Tags == c.Tags)
	pop := map[Key]int{{"Oslo", 2020}: 693, {"Bergen", 2020}: 285, {"Oslo", 2010}: 586}
	pop[Key{"Oslo", 2020}] += 7
	keys := make([]Key, 0, len(pop))
	for k := range pop {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].City != keys[j].City {
			return keys[i].City < keys[j].City
		}
		return keys[i].Year < keys[j].Year
	})
	for _, k := range keys {
		fmt.Printf("%+v=%d ", k, pop[k])
	}
	fmt.Println()
	fib := Matrix2{{1, 1}, {1, 0}}
	r := Matrix2{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r, r == Matrix2{{89, 55}, {55, 34}})
	places := []Place{a, b, {"park", Coord{0, 0}, [2]string{}}, {"cafe2", Coord{1.5, 2.5}, [2]string{"food"}}}
	cnt := &counter{seen: map[Coord]int{}}
	var nm namer
	walk(places, cnt, &nm)
	fmt.Println(cnt.seen[Coord{1.5, 2.5}], len(cnt.seen), strings.Join(nm, ","))
	var iface1, iface2 interface{} = Key{"x", 1}, Key{"x", 1}
	fmt.Println(iface1 == iface2, iface1 != Key{"x", 2})
	anon1 := struct {
		A int
		B string
	}{1, "b"}
	anon2 := struct {
		A int
		B string
	}{A: 1, B: "b"}
	fmt.Println(anon1 == anon2)
	type pair struct{ a, b interface{} }
	fmt.Println(pair{1, "x"} == pair{1, "x"}, pair{1, 2.0} == pair{1, 2})
	set := map[[3]int]bool{{1, 2, 3}: true}
	fmt.Println(set[[3]int{1, 2, 3}], set[[3]int{3, 2, 1}])
	ptrA, ptrB := &Coord{1, 1}, &Coord{1, 1}
	fmt.Println(ptrA == ptrB, *ptrA == *ptrB)
	var zero Place
	fmt.Printf("%+v %t\n", zero, zero == Place{})
}

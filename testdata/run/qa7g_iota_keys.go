package main

import (
	"fmt"
	"sort"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

const (
	a, b = iota, iota * 2
	c, d
	e, f = "x", iota
)

type Color struct{ R, G, B uint8 }

type Cell [2]int

type Key struct {
	Name string
	Pos  Cell
	Tag  interface{}
}

func main() {
	fmt.Println(KB, MB, GB, TB, ByteSize(1500), ByteSize(3.5*float64(GB)), ByteSize(12))
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Println(a, b, c, d, e, f)
	fmt.Printf("%T %v\n", KB, float64(TB))

	c1 := Color{255, 0, 0}
	c2 := Color{R: 255}
	fmt.Println(c1 == c2, c1 != Color{}, [2]Color{c1} == [2]Color{c2, {}})
	counts := map[Color]int{}
	for _, col := range []Color{c1, {0, 255, 0}, c2, {0, 0, 255}, c1} {
		counts[col]++
	}
	fmt.Println(counts)
	grid := map[Cell]rune{{0, 0}: 'a', {1, 2}: 'b', {-1, 5}: 'c'}
	grid[Cell{1, 2}] = 'B'
	keys := make([]Cell, 0)
	for k := range grid {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		fmt.Printf("%v=%c ", k, grid[k])
	}
	fmt.Println()
	fmt.Println(grid)
	mk := map[Key]string{}
	mk[Key{"a", Cell{1, 1}, 1}] = "int tag"
	mk[Key{"a", Cell{1, 1}, "1"}] = "string tag"
	mk[Key{"a", Cell{1, 1}, 1}] += "!"
	fmt.Println(len(mk), mk[Key{"a", Cell{1, 1}, 1}], mk[Key{"a", Cell{1, 1}, nil}] == "")
	ifm := map[interface{}]int{1: 1, "1": 2, 1.0: 3, Cell{}: 4, true: 5, int8(1): 6}
	fmt.Println(len(ifm), ifm[1], ifm[float64(1)], ifm[Cell{0, 0}], ifm[int8(1)], ifm[uint(1)])
	fmt.Println(ifm)
	type pt struct{ x, y int }
	seen := map[pt]bool{}
	path := []pt{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}}
	for i, p := range path {
		if seen[p] {
			fmt.Println("revisit", p, "at step", i)
		}
		seen[p] = true
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bad := map[interface{}]int{}
		bad[[]int{1}] = 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x, y interface{} = []int{1}, []int{1}
		fmt.Println(x == y)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		k1 := Key{Tag: map[string]int{}}
		fmt.Println(k1 == Key{})
		fmt.Println(k1 == k1)
	}()
}

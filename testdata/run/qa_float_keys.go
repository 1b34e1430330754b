package main

import (
	"fmt"
	"math"
	"sort"
)

type Vec struct{ X, Y float64 }

func main() {
	m := map[float64]int{}
	m[math.NaN()] = 1
	m[math.NaN()] = 2
	m[0.0] = 3
	m[math.Copysign(0, -1)] = 4
	fmt.Println(len(m), m[0], m[math.NaN()])
	keys := []float64{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Float64s(keys)
	fmt.Println(keys)
	vm := map[Vec]string{{1, 2}: "a"}
	vm[Vec{1, 2}] = "b"
	vm[Vec{math.NaN(), 0}] = "nan"
	fmt.Println(len(vm), vm[Vec{1, 2}])
	a := [2]float64{1, math.NaN()}
	b := a
	fmt.Println(a == b, Vec{1, 2} == Vec{1, 2})
	var i1, i2 interface{} = math.NaN(), math.NaN()
	fmt.Println(i1 == i2, i1 != i2)
	fs := []float64{3, math.Inf(-1), 1, math.NaN(), -2, math.Inf(1)}
	sort.Float64s(fs)
	fmt.Println(fs)
	delete(m, math.NaN())
	fmt.Println(len(m))
	for k := range m {
		if k != k {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
}

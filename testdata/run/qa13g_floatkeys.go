package main

import (
	"fmt"
	"math"
)

type K struct {
	F float64
	S string
}

func main() {
	negz := math.Copysign(0, -1)
	m := map[float64]int{}
	m[0] = 1
	m[negz] = 2
	fmt.Println(len(m), m[0], m)
	m32 := map[float32]int{}
	m32[0] = 1
	m32[float32(negz)] = 2
	fmt.Println(len(m32))
	mk := map[K]int{}
	mk[K{0, "a"}]++
	mk[K{negz, "a"}]++
	fmt.Println(len(mk), mk)
	mi := map[interface{}]int{}
	mi[0.0] = 1
	mi[negz] = 2
	mi[float32(0)] = 3
	mi[float32(negz)] = 4
	fmt.Println(len(mi))
	ma := map[[2]float64]int{}
	ma[[2]float64{0, 1}] = 1
	ma[[2]float64{negz, 1}] = 2
	fmt.Println(len(ma))
	mc := map[complex128]int{}
	mc[complex(0, 0)] = 1
	mc[complex(negz, negz)] = 2
	fmt.Println(len(mc))
	nan := math.NaN()
	var i interface{} = nan
	fmt.Println(i == i, [1]float64{nan} == [1]float64{nan}, K{nan, ""} == K{nan, ""})
	var j interface{} = K{0, "x"}
	var k interface{} = K{negz, "x"}
	fmt.Println(j == k)
	switch nan {
	case nan:
		fmt.Println("nan case")
	default:
		fmt.Println("default")
	}
	mn := map[interface{}]int{}
	mn[nan] = 1
	mn[nan] = 2
	mn[K{nan, ""}] = 3
	mn[K{nan, ""}] = 4
	fmt.Println(len(mn))
	sum := 0
	for key, v := range mn {
		_ = key
		sum += v
	}
	fmt.Println(sum)
	delete(mn, nan)
	fmt.Println(len(mn))
	ms := map[string]int{"": 1}
	ms[string([]byte{})] = 2
	fmt.Println(ms)
}

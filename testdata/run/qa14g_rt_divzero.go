package main

import (
	"fmt"
	"math"
)

type Stats struct {
	Sum, Count int
}

func (s Stats) Mean() int { return s.Sum / s.Count }

func (s Stats) FMean() float64 { return float64(s.Sum) / float64(s.Count) }

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			err, isErr := r.(error)
			fmt.Printf("%s: recovered %v (error=%v)\n", name, r, isErr)
			if isErr {
				if re, ok := err.(interface{ RuntimeError() }); ok {
					_ = re
					fmt.Println("  is a runtime.Error")
				}
			}
		}
	}()
	fmt.Printf("%s = %d\n", name, f())
}

func main() {
	zero := 0
	try("int div", func() int { return 10 / zero })
	try("int mod", func() int { return 10 % zero })
	try("mean", func() int { return Stats{10, 0}.Mean() })
	try("minint/-1", func() int {
		x := math.MinInt64
		m := -1
		return x / m
	})
	try("minint%-1", func() int {
		x := math.MinInt64
		m := -1
		return x % m
	})
	var i8 int8 = -128
	neg := int8(-1)
	fmt.Println("int8 -128/-1 =", i8/neg, i8%neg)
	fmt.Println("float:", Stats{10, 0}.FMean(), Stats{0, 0}.FMean(), -1/float64(zero))
	fmt.Println(math.IsNaN(Stats{0, 0}.FMean()), math.IsInf(Stats{-3, 0}.FMean(), -1))
	var u uint32 = 7
	uz := uint32(zero)
	try("uint32", func() int { return int(u / uz) })
	fmt.Println("now uncaught")
	var s Stats
	fmt.Println(s.Mean())
}

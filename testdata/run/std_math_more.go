package main

import (
	"fmt"
	"math"
)

func main() {
	for _, n := range []int{-400, -324, -323, -320, -300, -33, -1, 0, 1, 15, 22, 23, 31, 32, 100, 308, 309} {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()
	for _, x := range []float64{0, -0.0, 1, 0.5, 3, -1024, 1e300, 5e-324, math.Inf(1), math.Inf(-1), math.NaN(), 0.1} {
		fmt.Print(math.Logb(x), " ", math.Ilogb(x), "; ")
	}
	fmt.Println()
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(1, 0), math.Nextafter32(0, -1), math.Nextafter32(-1, -2), math.Nextafter32(2, 2), math.Nextafter32(float32(math.NaN()), 1))
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1, math.FMA(2, 3, 4), math.FMA(math.Inf(1), 0, 1), math.FMA(1e308, 10, -1e308))
}

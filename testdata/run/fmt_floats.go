// Float formatting: shortest representation for %v, float32 vs float64, precisions.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 123456789, 1.5e-5, 1e-4, 5e-324,
		math.MaxFloat64, 3.141592653589793, 1e23, 9007199254740993, math.Copysign(0, -1)}
	for _, v := range vals {
		fmt.Println(v, float32(v))
		fmt.Printf("%v %g %e %f %.3g %.10f %8.2e %G %x\n", v, v, v, v, v, v, v, v, v)
	}
	var f32 float32 = 16777217
	fmt.Println(f32, float32(0.1), float32(1)/3, float32(1e-45), float32(3.4e38))
	x := 0.0
	for i := 0; i < 10; i++ {
		x += 0.1
		fmt.Print(x, " ")
	}
	fmt.Println()
	fmt.Printf("%5.1f|%-8.3f|%+.0f|% .2f|%08.2f\n", 3.14159, 2.71828, 2.5, 1.005, -1.5)
	fmt.Printf("%#g %#.3g %#v %#.0f %#e\n", 1.0, 100.0, 2.0, 3.0, 4.0)
	fmt.Printf("%v %v %v\n", []float64{1.5, 2}, []float32{0.1, 0.25}, map[string]float64{"pi": math.Pi})
	fmt.Printf("%.2f %.2f %.2f %.1f\n", 2.675, 1.005, 0.125, 0.25)
	fmt.Printf("%b %x %X %.2x\n", 1.0, 255.5, -0.1, 1.0/3)
	fmt.Printf("%6.3v|%-10v|%10v|\n", math.Pi, 1e-10, math.Inf(-1))
	fmt.Printf("%05v|%+v|% v|%010f\n", math.NaN(), math.Inf(1), math.NaN(), math.Inf(-1))
}

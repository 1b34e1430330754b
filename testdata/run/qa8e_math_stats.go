package main

import (
	"fmt"
	"math"
	"sort"
)

type Sample []float64

func (s Sample) Mean() float64 {
	sum := 0.0
	for _, x := range s {
		sum += x
	}
	return sum / float64(len(s))
}

func (s Sample) StdDev() float64 {
	m := s.Mean()
	ss := 0.0
	for _, x := range s {
		ss += (x - m) * (x - m)
	}
	return math.Sqrt(ss / float64(len(s)-1))
}

func (s Sample) Median() float64 {
	c := append(Sample(nil), s...)
	sort.Float64s(c)
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

func (s Sample) Percentile(p float64) float64 {
	c := append(Sample(nil), s...)
	sort.Float64s(c)
	rank := p / 100 * float64(len(c)-1)
	lo := math.Floor(rank)
	hi := math.Ceil(rank)
	frac := rank - lo
	return c[int(lo)]*(1-frac) + c[int(hi)]*frac
}

func linreg(xs, ys []float64) (slope, intercept, r2 float64) {
	n := float64(len(xs))
	var sx, sy, sxy, sxx, syy float64
	for i := range xs {
		sx += xs[i]
		sy += ys[i]
		sxy += xs[i] * ys[i]
		sxx += xs[i] * xs[i]
		syy += ys[i] * ys[i]
	}
	slope = (n*sxy - sx*sy) / (n*sxx - sx*sx)
	intercept = (sy - slope*sx) / n
	r := (n*sxy - sx*sy) / math.Sqrt((n*sxx-sx*sx)*(n*syy-sy*sy))
	return slope, intercept, r * r
}

func compound(principal, rate float64, years int) []float64 {
	out := make([]float64, years+1)
	for y := 0; y <= years; y++ {
		out[y] = math.Round(principal*math.Pow(1+rate, float64(y))*100) / 100
	}
	return out
}

func main() {
	s := Sample{2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 4.4}
	fmt.Printf("mean=%.4f sd=%.4f median=%.2f p90=%.3f p25=%.3f\n", s.Mean(), s.StdDev(), s.Median(), s.Percentile(90), s.Percentile(25))
	xs := []float64{1, 2, 3, 4, 5, 6}
	ys := []float64{2.1, 3.9, 6.2, 7.8, 10.1, 12.2}
	m, b, r2 := linreg(xs, ys)
	fmt.Printf("y = %.4fx + %.4f (r2=%.5f)\n", m, b, r2)
	fmt.Println(compound(1000, 0.05, 5))
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 10), math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1)*4, math.Tan(math.Pi/4))
	fmt.Println(math.Trunc(-2.7), math.Round(-2.5), math.RoundToEven(2.5), math.Mod(7.5, 2), math.Remainder(7.5, 2))
	fmt.Println(math.MaxInt64, math.MinInt32, math.MaxUint16, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.NaN() == math.NaN(), math.IsInf(math.Inf(-1), -1), math.Signbit(math.Copysign(0, -1)), math.Float64bits(1.5))
	frac, exp := math.Frexp(40)
	ip, fp := math.Modf(-3.75)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4), math.Float32frombits(0x40490fdb))
	var f32 float32 = 16777216
	u8 := uint8(255)
	fmt.Println(f32+1, float64(f32)+1, int64(math.Float64frombits(0x4340000000000000)), u8+1 == 0)
	x := 0.1 + 0.2
	fmt.Println(x, x == 0.3, math.Abs(x-0.3) < 1e-9, float32(x))
	fmt.Printf("%.20f %v %v\n", 0.1, 1e100, 123456789.0)
	hist := map[int]int{}
	for _, v := range s {
		hist[int(v)/3]++
	}
	for k := 0; k <= 3; k++ {
		fmt.Printf("[%d,%d): %d\n", k*3, k*3+3, hist[k])
	}
}

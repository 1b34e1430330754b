// Command floats prints, for a fixed pseudo-random sequence of float64 and
// float32 values, Go's strconv formatting of each, one value per line:
//
//	<bitsize> <hex bits> <'g' -1> <'e' -1> <'f' -1> <'e' p> <'f' p> <'g' p> <'x' -1> <'b' -1>
//
// where p is a per-line precision in 0..20.  tests/gen/floats/check.c
// reads the same lines and compares gosub's runtime/ftoa.c output.
//
//	GO111MODULE=off go run tests/gen/floats/main.go [-n N] [-seed S]
package main

import (
	"bufio"
	"flag"
	"math"
	"math/rand"
	"os"
	"strconv"
)

func main() {
	n := flag.Int("n", 1000000, "values per size")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()
	r := rand.New(rand.NewSource(*seed))
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	line := func(bits int, hexbits uint64, f float64, prec int) {
		w.WriteString(strconv.Itoa(bits))
		w.WriteByte(' ')
		w.WriteString(strconv.FormatUint(hexbits, 16))
		w.WriteByte(' ')
		w.WriteString(strconv.Itoa(prec))
		for _, spec := range []struct {
			fmt  byte
			prec int
		}{{'g', -1}, {'e', -1}, {'f', -1}, {'e', prec}, {'f', prec}, {'g', prec}, {'x', -1}, {'x', prec % 16}, {'b', -1}} {
			w.WriteByte(' ')
			w.WriteString(strconv.FormatFloat(f, spec.fmt, spec.prec, bits))
		}
		w.WriteByte('\n')
	}
	for i := 0; i < *n; i++ {
		var u uint64
		switch i % 4 {
		case 0, 1: // uniformly random bit patterns: every exponent
			u = r.Uint64()
		case 2: // short decimals: the shortest algorithm's hard cases
			u = math.Float64bits(float64(r.Int63n(2000000)-1000000) / math.Pow(10, float64(r.Intn(12))))
		case 3: // near powers of two and tiny/huge values
			e := r.Intn(2046) + 1
			u = uint64(e)<<52 | uint64(r.Intn(3))
			if r.Intn(2) == 0 {
				u = uint64(r.Intn(1 << 20))
			}
		}
		line(64, u, math.Float64frombits(u), r.Intn(21))
	}
	for i := 0; i < *n; i++ {
		var u uint32
		switch i % 3 {
		case 0, 1:
			u = r.Uint32()
		case 2:
			u = math.Float32bits(float32(r.Int63n(2000000)-1000000) / float32(math.Pow(10, float64(r.Intn(8)))))
		}
		line(32, uint64(u), float64(math.Float32frombits(u)), r.Intn(21))
	}
}

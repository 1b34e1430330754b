// mandelbrot (n=4000): writes a PBM bitmap to the file named by the second
// argument (default mandelbrot.pbm); compare the files gosub and go write.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 4000
	out := "mandelbrot.pbm"
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	if len(os.Args) > 2 {
		out = os.Args[2]
	}
	rowBytes := (n + 7) / 8
	buf := make([]byte, 0, rowBytes*n+32)
	buf = append(buf, fmt.Sprintf("P4\n%d %d\n", n, n)...)
	inv := 2.0 / float64(n)
	for y := 0; y < n; y++ {
		ci := float64(y)*inv - 1.0
		var bits byte
		for x := 0; x < n; x++ {
			cr := float64(x)*inv - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			i := 0
			for ; i < 50 && tr+ti <= 4.0; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			bits <<= 1
			if tr+ti <= 4.0 {
				bits |= 1
			}
			if x%8 == 7 {
				buf = append(buf, bits)
				bits = 0
			}
		}
		if n%8 != 0 {
			bits <<= uint(8 - n%8)
			buf = append(buf, bits)
		}
	}
	if err := os.WriteFile(out, buf, 0644); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println(len(buf))
}

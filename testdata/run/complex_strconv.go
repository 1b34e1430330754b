// strconv.ParseComplex (every accepted form, syntax and range errors as
// *NumError, complex64 precision) and strconv.FormatComplex with each
// format and precision (and its panic on a bad bit size).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1+2i", "(1+2i)", "3", "-4i", "i", "+i", "1e3-2.5e-2i", "0x1p-2+0x1.8p1i", "1_000+2_0i",
		"NaN+Infi", "inf-infinityi", "+Inf", "1e400+1i", "1+1e400i", "1++2i", "1+-2i", "1-+2i", "(1+2i", "1+2", "1+2j", "",
		"()", "1i", "-0-0i", "1e", "0x10+1i", "0x1p1", "1_+2i", "1.5e-45+1e-46i", "3.4e39", "nan", "+nan", "infi", "Infinityi"} {
		for _, bits := range []int{64, 128} {
			c, err := strconv.ParseComplex(s, bits)
			fmt.Printf("%q %d: %v %v\n", s, bits, c, err)
		}
	}
	for _, c := range []complex128{1 + 2i, -1.5 - 0.25i, complex(1e21, -1e-7), 0} {
		for _, f := range []byte{'f', 'e', 'g', 'b', 'x'} {
			fmt.Println(strconv.FormatComplex(c, f, -1, 128), strconv.FormatComplex(c, f, 3, 64))
		}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatComplex(1, 'g', -1, 32)
}

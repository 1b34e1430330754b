// fmt's scanning of complex64/complex128 operands: "(N+Ni)" and "N+Ni",
// hex and special parts, Sscanf with %v, and the syntax and verb errors.
package main

import "fmt"

func main() {
	var c complex128
	var d complex64
	for _, in := range []string{"(1+2i) 3-4i", "1+2i (5e-1-0x1p-2i)", "(1+2i", "1 2", "1+2", "nan+infi inf-nani", "(3.5+0i)x"} {
		n, err := fmt.Sscan(in, &c, &d)
		fmt.Println(n, err, c, d)
	}
	n, err := fmt.Sscanf("z=(1.5-2i)", "z=%v", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscanf("7+7i", "%d", &c)
	fmt.Println(n, err, c)
}

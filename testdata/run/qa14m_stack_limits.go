// Big stack arrays around gc's limits: implicit allocations (make, new,
// composite literals) stay on the stack up to 64 KiB, explicitly declared
// variables up to 10 MiB.
package main

import "fmt"

const KiB = 1 << 10
const MiB = 1 << 20

func implicitSmall() int {
	b := make([]byte, 64*KiB)
	b[len(b)-1] = 1
	return len(b) + int(b[len(b)-1])
}

func implicitBig() int {
	b := make([]byte, 64*KiB+1)
	b[0] = 2
	return len(b) + int(b[0])
}

func newArrays() (int, int) {
	p := new([64 * KiB]byte)
	q := new([64*KiB + 8]byte)
	p[1], q[1] = 3, 4
	return int(p[1]), int(q[1])
}

func explicitOK() int {
	var big [10 * MiB]byte
	big[MiB] = 5
	return int(big[MiB])
}

func explicitTooBig() int {
	var huge [10*MiB + 1]byte
	huge[10*MiB] = 6
	return int(huge[10*MiB])
}

func literal() int {
	arr := [8 * KiB]int64{1: 7}
	s := arr[:]
	return int(s[1]) + len(s)
}

func literalBig() int {
	arr := &[8*KiB + 1]int64{2: 8}
	return int(arr[2])
}

type frame struct {
	regs [256]uint64
	mem  [60 * KiB]byte
}

func frameWork(n int) uint64 {
	var f frame
	for i := 0; i < n; i++ {
		f.regs[i%256] += uint64(i)
		f.mem[i%len(f.mem)] ^= byte(i)
	}
	return f.regs[n%256] + uint64(f.mem[3])
}

func variableMake(n int) int {
	s := make([]int, n)
	t := make([]int, 16, n+16)
	return len(s) + cap(t)
}

func main() {
	fmt.Println(implicitSmall(), implicitBig())
	fmt.Println(newArrays())
	fmt.Println(explicitOK(), explicitTooBig())
	fmt.Println(literal(), literalBig())
	fmt.Println(frameWork(1000))
	fmt.Println(variableMake(10))
}

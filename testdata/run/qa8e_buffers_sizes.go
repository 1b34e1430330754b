package main

import (
	"bytes"
	"fmt"
	"strings"
)

type Frame struct {
	Header [16]byte
	Body   [256]byte
	Len    int
}

type Big struct {
	Data [200]int
	Name string
}

func checksum(b []byte) uint32 {
	var s uint32
	for i, c := range b {
		s = s*31 + uint32(c) + uint32(i)
	}
	return s
}

func fill(n int) []byte {
	buf := make([]byte, n)
	for i := range buf {
		buf[i] = byte(i * 7)
	}
	return buf
}

func localArrays() uint32 {
	var small [64]byte
	var large [70000]byte
	for i := range small {
		small[i] = byte(i)
		large[i*1000] = byte(i)
	}
	tmp := make([]byte, 100000)
	copy(tmp, large[:])
	fixed := make([]int, 1024)
	fixed[3] = 9
	return checksum(small[:]) + checksum(tmp[:640]) + uint32(fixed[3])
}

func newFrame(payload string) *Frame {
	f := &Frame{}
	copy(f.Header[:], "GOSUBv1")
	f.Len = copy(f.Body[:], payload)
	return f
}

func (f Frame) Summary() string {
	return fmt.Sprintf("%s len=%d sum=%d", bytes.TrimRight(f.Header[:], "\x00"), f.Len, checksum(f.Body[:f.Len]))
}

func process(bigs []Big) (total int) {
	for _, b := range bigs {
		for _, v := range b.Data {
			total += v
		}
	}
	return
}

func captureBig() func() int {
	var b Big
	b.Data[5] = 42
	counter := 0
	return func() int {
		counter++
		return b.Data[5] + counter
	}
}

func builderReport(lines []string) string {
	var sb strings.Builder
	sb.Grow(64)
	for i, l := range lines {
		fmt.Fprintf(&sb, "%02d:%s;", i, l)
	}
	return sb.String()
}

func concat(parts []string) string {
	s := ""
	for _, p := range parts {
		s += p + "/"
	}
	return s
}

func main() {
	fmt.Println(localArrays())
	f := newFrame("hello frame")
	fmt.Println(f.Summary())
	g := *f
	g.Body[0] = 'J'
	fmt.Println(g.Summary(), f.Summary())
	bigs := make([]Big, 3)
	for i := range bigs {
		for j := range bigs[i].Data {
			bigs[i].Data[j] = i + j
		}
	}
	fmt.Println(process(bigs))
	next := captureBig()
	next()
	fmt.Println(next())
	fmt.Println(checksum(fill(1000)), len(fill(70000)))
	fmt.Println(builderReport([]string{"a", "b", "c"}))
	fmt.Println(concat(strings.Split("usr/local/bin", "/")))
	var bb bytes.Buffer
	bb.Grow(128)
	for i := 0; i < 3; i++ {
		bb.WriteString(strings.ToUpper(fmt.Sprint("x", i)))
	}
	fmt.Println(bb.String(), bb.Len())
	arr := [5]int{5, 4, 3, 2, 1}
	p := &arr
	s := p[1:4]
	fmt.Println(len(s), cap(s), s, p[0])
}

package main

import (
	"encoding/binary"
	"fmt"
)

type Packet struct {
	raw []byte
}

func (p *Packet) header() *[4]byte { return (*[4]byte)(p.raw) }

func (p *Packet) words() []uint16 {
	out := make([]uint16, 0, len(p.raw)/2)
	for i := 0; i+1 < len(p.raw); i += 2 {
		out = append(out, binary.BigEndian.Uint16(p.raw[i:]))
	}
	return out
}

func checksum(b *[8]byte) (s byte) {
	for _, c := range b {
		s ^= c
	}
	return
}

func tryConvert(s []int) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	a := (*[3]int)(s)
	return a[0] + a[1] + a[2], nil
}

func main() {
	p := &Packet{raw: []byte{0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4, 5}}
	h := p.header()
	h[0] = 0xca
	fmt.Printf("%x %x\n", p.raw[:4], *h)
	fmt.Printf("%04x\n", p.words())
	var arr [8]byte
	copy(arr[:], p.raw[1:])
	fmt.Println(checksum(&arr), checksum((*[8]byte)(p.raw[1:9])))
	head := *(*[2]byte)(p.raw) // copy
	head[1] = 0
	fmt.Println(head, p.raw[1])
	fmt.Println(tryConvert([]int{1, 2, 3, 4}))
	fmt.Println(tryConvert([]int{1, 2}))
	var nilSlice []int
	fmt.Println((*[0]int)(nilSlice) == nil, (*[0]int)([]int{}) != nil)
	fmt.Println(tryConvert(nilSlice))
	big := make([]int64, 1000)
	view := (*[10]int64)(big[990:])
	view[9] = 77
	fmt.Println(big[999], len(view), cap(big[990:]))
	buf := make([]byte, 16)
	binary.LittleEndian.PutUint64(buf, 0x0102030405060708)
	binary.BigEndian.PutUint32(buf[8:], 0xcafebabe)
	fmt.Printf("% x\n", buf)
	fmt.Println(binary.LittleEndian.Uint32(buf[8:]), binary.BigEndian.Uint64(buf))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n)
}

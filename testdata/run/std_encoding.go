package main

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"unicode/utf16"
)

func main() {
	s := hex.EncodeToString([]byte("Hello, Gopher!\x00\xff"))
	fmt.Println(s, hex.EncodedLen(5), hex.DecodedLen(10))
	b, err := hex.DecodeString(s)
	fmt.Printf("%q %v\n", b, err)
	for _, bad := range []string{"abc", "zz", "0g", "ab1", "1z3"} {
		_, err := hex.DecodeString(bad)
		fmt.Println(bad, err)
	}
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\n\x01\x02")))
	fmt.Print(hex.Dump([]byte("0123456789abcdef")))
	fmt.Printf("%q\n", hex.Dump(nil))

	h := fnv.New32a()
	h.Write([]byte("hello"))
	fmt.Println(h.Sum32(), h.Size(), h.BlockSize(), h.Sum(nil))
	h.Reset()
	fmt.Println(h.Sum32())
	h32 := fnv.New32()
	h32.Write([]byte("hello"))
	h64 := fnv.New64a()
	h64.Write([]byte("hello"))
	h64b := fnv.New64()
	h64b.Write([]byte("hello"))
	fmt.Println(h32.Sum32(), h64.Sum64(), h64b.Sum64(), h64.Sum([]byte{1}))
	h128 := fnv.New128a()
	h128.Write([]byte("hello world"))
	fmt.Printf("%x\n", h128.Sum(nil))
	h128b := fnv.New128()
	h128b.Write([]byte("hello world"))
	fmt.Printf("%x\n", h128b.Sum(nil))

	u := utf16.Encode([]rune("a€𝄞\U0010FFFF"))
	fmt.Println(u, string(utf16.Decode(u)), utf16.IsSurrogate(0xd800), utf16.IsSurrogate('a'))
	r1, r2 := utf16.EncodeRune('𝄞')
	fmt.Println(r1, r2, utf16.DecodeRune(r1, r2), utf16.DecodeRune('a', 'b'))
	fmt.Println(utf16.Decode([]uint16{0xd800, 'x', 0xdc00}), utf16.Encode([]rune{0xd800, -1, 0x110000}))

	buf := make([]byte, 8)
	binary.LittleEndian.PutUint32(buf, 0xdeadbeef)
	binary.BigEndian.PutUint16(buf[4:], 0x1234)
	fmt.Println(buf, binary.LittleEndian.Uint32(buf), binary.BigEndian.Uint32(buf), binary.LittleEndian.Uint16(buf[4:]))
	binary.BigEndian.PutUint64(buf, 1<<60+5)
	fmt.Println(buf, binary.BigEndian.Uint64(buf), binary.LittleEndian.Uint64(buf), binary.LittleEndian, binary.BigEndian)
	fmt.Printf("%v %#v\n", binary.LittleEndian, binary.BigEndian)
	fmt.Println(binary.LittleEndian.AppendUint16(nil, 7), binary.BigEndian.AppendUint32([]byte{9}, 0x01020304), binary.LittleEndian.AppendUint64(nil, 1))

	vb := make([]byte, binary.MaxVarintLen64)
	for _, x := range []int64{0, 1, -1, 63, -64, 300, -12345678, 1 << 62} {
		n := binary.PutVarint(vb, x)
		y, m := binary.Varint(vb[:n])
		fmt.Print(x, ":", vb[:n], y, m, " ")
	}
	fmt.Println()
	for _, x := range []uint64{0, 127, 128, 1 << 63, 1<<64 - 1} {
		n := binary.PutUvarint(vb, x)
		y, m := binary.Uvarint(vb[:n])
		fmt.Print(x, ":", n, y, m, " ")
	}
	fmt.Println()
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}))
	fmt.Println(binary.AppendUvarint(nil, 1000), binary.AppendVarint(nil, -1000))
	rv, err := binary.ReadUvarint(bytes.NewReader([]byte{0xac, 0x02}))
	fmt.Println(rv, err)
	_, err = binary.ReadUvarint(bytes.NewReader([]byte{0xac}))
	fmt.Println(err)
	_, err = binary.ReadVarint(bytes.NewReader(nil))
	fmt.Println(err)

	var out bytes.Buffer
	fmt.Println(binary.Write(&out, binary.LittleEndian, uint16(0xabcd)))
	fmt.Println(binary.Write(&out, binary.BigEndian, []int32{-1, 2}))
	fmt.Println(binary.Write(&out, binary.LittleEndian, 3.5))
	fmt.Println(binary.Write(&out, binary.LittleEndian, true))
	fmt.Println(binary.Write(&out, binary.LittleEndian, 5))
	fmt.Println(out.Bytes(), binary.Size(uint16(1)), binary.Size([]float32{1, 2}), binary.Size(7))
	var a uint16
	var c [2]int32
	var f float64
	var t bool
	fmt.Println(binary.Read(&out, binary.LittleEndian, &a), a)
	fmt.Println(binary.Read(&out, binary.BigEndian, c[:]), c)
	fmt.Println(binary.Read(&out, binary.LittleEndian, &f), f)
	fmt.Println(binary.Read(&out, binary.LittleEndian, &t), t)
	fmt.Println(binary.Read(&out, binary.LittleEndian, &f))
	var iv int
	fmt.Println(binary.Read(&out, binary.LittleEndian, &iv))
}

package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"math/bits"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  uint64
}

func (h Header) Marshal() []byte {
	b := make([]byte, 16)
	binary.BigEndian.PutUint32(b[0:], h.Magic)
	binary.BigEndian.PutUint16(b[4:], h.Version)
	binary.LittleEndian.PutUint16(b[6:], h.Flags)
	binary.LittleEndian.PutUint64(b[8:], h.Length)
	return b
}

func Unmarshal(b []byte) Header {
	return Header{
		Magic:   binary.BigEndian.Uint32(b),
		Version: binary.BigEndian.Uint16(b[4:]),
		Flags:   binary.LittleEndian.Uint16(b[6:]),
		Length:  binary.LittleEndian.Uint64(b[8:]),
	}
}

func bucket(key string, n uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32() % n
}

func main() {
	h := Header{0xCAFEBABE, 3, 0x0102, 1 << 33}
	raw := h.Marshal()
	fmt.Println(hex.EncodeToString(raw))
	fmt.Printf("%+v %t\n", Unmarshal(raw), Unmarshal(raw) == h)
	fmt.Print(hex.Dump(raw[:10]))
	dec, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(dec), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	msg := []byte("The quick brown fox")
	fmt.Printf("md5    %x\n", md5.Sum(msg))
	fmt.Printf("sha256 %x\n", sha256.Sum256(msg))
	fmt.Printf("crc32  %08x\n", crc32.ChecksumIEEE(msg))
	enc := base64.StdEncoding.EncodeToString(msg)
	fmt.Println(enc, base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}), base64.RawStdEncoding.EncodeToString([]byte("ab")))
	back, _ := base64.StdEncoding.DecodeString(enc)
	fmt.Println(string(back))
	for _, k := range []string{"alice", "bob", "carol", "dave"} {
		fmt.Printf("%s->%d ", k, bucket(k, 8))
	}
	fmt.Println()
	x := uint32(0b1011_0000)
	fmt.Println(bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len(255), bits.Reverse8(1), bits.RotateLeft8(0x81, 1))
	hi, lo := bits.Mul64(1<<63, 4)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(hi, lo, sum, carry)
	buf := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(buf)
	fmt.Println(buf, v, n)
	vb := make([]byte, binary.MaxVarintLen64)
	m := binary.PutVarint(vb, -129)
	sv, _ := binary.Varint(vb[:m])
	fmt.Println(vb[:m], sv)
}

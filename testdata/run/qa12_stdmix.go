// A grab bag of standard library calls a small tool would make: binary
// encoding of records, hex and base64 dumps, fnv hashing, bit tricks,
// tabwriter reports, container/ring and container/list.
package main

import (
	"bytes"
	"container/list"
	"container/ring"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math/bits"
	"os"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Count   uint32
}

type Rec struct {
	ID    uint32
	Score int16
	Level uint8
	Pad   uint8
}

func encode(h Header, recs []Rec) []byte {
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, h)
	for _, r := range recs {
		binary.Write(&buf, binary.LittleEndian, r)
	}
	var tail [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(tail[:], 300)
	buf.Write(tail[:n])
	n = binary.PutVarint(tail[:], -129)
	buf.Write(tail[:n])
	return buf.Bytes()
}

func decode(b []byte) (Header, []Rec, error) {
	r := bytes.NewReader(b)
	var h Header
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return h, nil, err
	}
	if string(h.Magic[:]) != "GSUB" {
		return h, nil, errors.New("bad magic")
	}
	recs := make([]Rec, h.Count)
	for i := range recs {
		if err := binary.Read(r, binary.LittleEndian, &recs[i]); err != nil {
			return h, recs[:i], fmt.Errorf("record %d: %w", i, err)
		}
	}
	u, err := binary.ReadUvarint(r)
	if err != nil {
		return h, recs, err
	}
	v, err := binary.ReadVarint(r)
	fmt.Println("varints", u, v, err)
	return h, recs, nil
}

func main() {
	h := Header{Magic: [4]byte{'G', 'S', 'U', 'B'}, Version: 3, Flags: 0x8001, Count: 3}
	recs := []Rec{{1, -5, 2, 0}, {70000, 300, 9, 0}, {0xdeadbeef, -32768, 255, 0}}
	b := encode(h, recs)
	fmt.Println(len(b), binary.Size(h), binary.Size(recs))
	fmt.Print(hex.Dump(b[:24]))
	h2, r2, err := decode(b)
	fmt.Printf("%+v %v %v\n", h2, r2, err)
	_, r3, err := decode(b[:20])
	fmt.Println(len(r3), err, errors.Is(err, io.ErrUnexpectedEOF))
	enc := base64.StdEncoding.EncodeToString(b[:10])
	dec, _ := base64.StdEncoding.DecodeString(enc)
	fmt.Println(enc, base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}), bytes.Equal(dec, b[:10]), hex.EncodeToString(dec))

	hs := fnv.New64a()
	io.WriteString(hs, "hello")
	h32 := fnv.New32()
	h32.Write([]byte("hello"))
	fmt.Printf("%016x %08x\n", hs.Sum64(), h32.Sum32())

	x := uint64(0x00f0_0000_0000_1000)
	fmt.Println(bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len(255), bits.Reverse8(1), bits.RotateLeft32(1, -1))
	hi, lo := bits.Mul64(1<<63, 6)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(hi, lo, sum, carry)

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "id\tscore\tlevel\t")
	for _, r := range r2 {
		fmt.Fprintf(tw, "%d\t%d\t%d\t\n", r.ID, r.Score, r.Level)
	}
	tw.Flush()

	rg := ring.New(4)
	for i := 1; i <= 4; i++ {
		rg.Value = i * 10
		rg = rg.Next()
	}
	rg = rg.Move(2)
	var vals []int
	rg.Do(func(v any) { vals = append(vals, v.(int)) })
	fmt.Println(vals, rg.Len())

	l := list.New()
	for _, w := range strings.Fields("one two three four") {
		l.PushBack(w)
	}
	l.MoveToFront(l.Back())
	l.Remove(l.Front().Next())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())

	s := "Héllo, Wörld! 123"
	var up, punct, digit int
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsPunct(r):
			punct++
		case unicode.IsDigit(r):
			digit++
		}
	}
	last, size := utf8.DecodeLastRuneInString("añ")
	fmt.Println(up, punct, digit, utf8.RuneCountInString(s), len(s), string(last), size, utf8.ValidString("\xff"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
}

// Packing records into bytes: a tiny binary log format with encoding/binary,
// varints, a checksum and a hex dump, read back through bufio and
// bytes.Reader. Shows the cost of the []byte <-> struct round trip.
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
)

type Header struct {
	Magic   uint32
	Version uint16
	Count   uint16
}

type Entry struct {
	Seq   uint64
	Level int8
	Flags uint8
	Temp  int16
	Value float32
}

const magic = 0x474f5342 // "GOSB"

var ErrBadMagic = errors.New("bad magic")

func encode(entries []Entry, notes []string) ([]byte, error) {
	var buf bytes.Buffer
	h := Header{Magic: magic, Version: 3, Count: uint16(len(entries))}
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		return nil, err
	}
	for _, e := range entries {
		if err := binary.Write(&buf, binary.LittleEndian, e); err != nil {
			return nil, err
		}
	}
	var tmp [binary.MaxVarintLen64]byte
	for _, n := range notes {
		k := binary.PutUvarint(tmp[:], uint64(len(n)))
		buf.Write(tmp[:k])
		buf.WriteString(n)
	}
	sum := fnv.New32a()
	sum.Write(buf.Bytes())
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], sum.Sum32())
	buf.Write(tail[:])
	return buf.Bytes(), nil
}

func decode(data []byte) ([]Entry, []string, error) {
	if len(data) < 4 {
		return nil, nil, io.ErrUnexpectedEOF
	}
	body, tail := data[:len(data)-4], data[len(data)-4:]
	sum := fnv.New32a()
	sum.Write(body)
	if got, want := sum.Sum32(), binary.BigEndian.Uint32(tail); got != want {
		return nil, nil, fmt.Errorf("checksum %08x != %08x", got, want)
	}
	r := bytes.NewReader(body)
	var h Header
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return nil, nil, err
	}
	if h.Magic != magic {
		return nil, nil, ErrBadMagic
	}
	entries := make([]Entry, h.Count)
	if err := binary.Read(r, binary.LittleEndian, entries); err != nil {
		return nil, nil, fmt.Errorf("entries: %w", err)
	}
	br := bufio.NewReader(r)
	var notes []string
	for {
		n, err := binary.ReadUvarint(br)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, err
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, nil, fmt.Errorf("note: %w", err)
		}
		notes = append(notes, string(b))
	}
	return entries, notes, nil
}

func main() {
	entries := []Entry{
		{Seq: 1, Level: 0, Flags: 0x01, Temp: 215, Value: 1.5},
		{Seq: 2, Level: -1, Flags: 0x80, Temp: -40, Value: -0.25},
		{Seq: 1 << 40, Level: 7, Flags: 0xff, Temp: 32767, Value: 3.1415927},
	}
	notes := []string{"boot", "", strings.Repeat("z", 130)}
	data, err := encode(entries, notes)
	if err != nil {
		fmt.Println("encode:", err)
		return
	}
	fmt.Println("encoded bytes:", len(data), "entry size:", binary.Size(Entry{}), "header size:", binary.Size(Header{}))
	fmt.Print(hex.Dump(data[:48]))
	fmt.Println(hex.EncodeToString(data[len(data)-4:]))

	got, gotNotes, err := decode(data)
	fmt.Println("decode err:", err)
	for _, e := range got {
		fmt.Printf("%+v\n", e)
	}
	for _, n := range gotNotes {
		fmt.Printf("note len=%d prefix=%q\n", len(n), n[:min(len(n), 6)])
	}

	corrupt := append([]byte(nil), data...)
	corrupt[10] ^= 0xff
	_, _, err = decode(corrupt)
	fmt.Println("corrupt:", err)

	bad := append([]byte(nil), data...)
	bad[0] = 'X'
	sum := fnv.New32a()
	sum.Write(bad[:len(bad)-4])
	binary.BigEndian.PutUint32(bad[len(bad)-4:], sum.Sum32())
	_, _, err = decode(bad)
	fmt.Println("bad magic:", err, errors.Is(err, ErrBadMagic))

	short := data[:20]
	sum = fnv.New32a()
	sum.Write(short[:16])
	fixed := append(append([]byte(nil), short[:16]...), 0, 0, 0, 0)
	binary.BigEndian.PutUint32(fixed[16:], sum.Sum32())
	_, _, err = decode(fixed)
	fmt.Println("truncated:", err, errors.Is(err, io.ErrUnexpectedEOF))

	var vb []byte
	for _, v := range []int64{0, 1, -1, 63, -64, 64, 300, -300, 1 << 62} {
		vb = binary.AppendVarint(vb[:0], v)
		back, n := binary.Varint(vb)
		fmt.Printf("%d:%x:%d:%d ", v, vb, back, n)
	}
	fmt.Println()
	u := []byte{1, 2, 3, 4, 5, 6, 7, 8}
	fmt.Printf("%#x %#x %#x %#x\n", binary.LittleEndian.Uint16(u), binary.BigEndian.Uint32(u),
		binary.LittleEndian.Uint64(u), binary.BigEndian.Uint64(u))
	dec, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(dec), err)
	_, err = hex.DecodeString("4x")
	fmt.Println(err)
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

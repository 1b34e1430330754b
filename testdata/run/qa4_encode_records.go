// A tiny binary record format: fixed header written with
// encoding/binary (both byte orders), varint-coded fields, a checksum, then
// the same bytes shown as hex dump and base64 in three alphabets, decoded
// back, and every decoding error Go reports for damaged input.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
)

type header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Count   uint32
}

type record struct {
	id    uint64
	delta int64
	name  string
}

func encode(recs []record) []byte {
	var buf bytes.Buffer
	h := header{Magic: [4]byte{'R', 'E', 'C', '1'}, Version: 2, Flags: 0x8001, Count: uint32(len(recs))}
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		panic(err)
	}
	var tmp [binary.MaxVarintLen64]byte
	for _, r := range recs {
		n := binary.PutUvarint(tmp[:], r.id)
		buf.Write(tmp[:n])
		n = binary.PutVarint(tmp[:], r.delta)
		buf.Write(tmp[:n])
		n = binary.PutUvarint(tmp[:], uint64(len(r.name)))
		buf.Write(tmp[:n])
		buf.WriteString(r.name)
	}
	sum := fnv.New32a()
	sum.Write(buf.Bytes())
	var tail [4]byte
	binary.LittleEndian.PutUint32(tail[:], sum.Sum32())
	buf.Write(tail[:])
	return buf.Bytes()
}

var errChecksum = errors.New("checksum mismatch")

func decode(data []byte) ([]record, header, error) {
	var h header
	if len(data) < 4 {
		return nil, h, io.ErrUnexpectedEOF
	}
	body, tail := data[:len(data)-4], data[len(data)-4:]
	sum := fnv.New32a()
	sum.Write(body)
	if got := binary.LittleEndian.Uint32(tail); got != sum.Sum32() {
		return nil, h, fmt.Errorf("%w: stored %08x, computed %08x", errChecksum, got, sum.Sum32())
	}
	rd := bytes.NewReader(body)
	if err := binary.Read(rd, binary.BigEndian, &h); err != nil {
		return nil, h, fmt.Errorf("header: %w", err)
	}
	var out []record
	for i := uint32(0); i < h.Count; i++ {
		id, err := binary.ReadUvarint(rd)
		if err != nil {
			return out, h, fmt.Errorf("record %d id: %w", i, err)
		}
		delta, err := binary.ReadVarint(rd)
		if err != nil {
			return out, h, fmt.Errorf("record %d delta: %w", i, err)
		}
		n, err := binary.ReadUvarint(rd)
		if err != nil {
			return out, h, err
		}
		name := make([]byte, n)
		if _, err := io.ReadFull(rd, name); err != nil {
			return out, h, fmt.Errorf("record %d name: %w", i, err)
		}
		out = append(out, record{id, delta, string(name)})
	}
	return out, h, nil
}

func main() {
	recs := []record{{1, -1, "alpha"}, {300, 150, "beta"}, {1 << 40, -1 << 33, "γάμμα"}, {0, 0, ""}}
	data := encode(recs)
	fmt.Println(len(data), "bytes")
	fmt.Print(hex.Dump(data))
	fmt.Println(hex.EncodeToString(data[:12]))

	got, h, err := decode(data)
	fmt.Printf("%+v %q err=%v\n", h, h.Magic[:], err)
	for _, r := range got {
		fmt.Printf("  %d %d %q\n", r.id, r.delta, r.name)
	}

	for _, enc := range []struct {
		name string
		e    *base64.Encoding
	}{{"std", base64.StdEncoding}, {"url", base64.URLEncoding}, {"rawstd", base64.RawStdEncoding}, {"rawurl", base64.RawURLEncoding}} {
		s := enc.e.EncodeToString(data[8:20])
		back, err := enc.e.DecodeString(s)
		fmt.Printf("%-6s %-20s %d %v %v\n", enc.name, s, enc.e.EncodedLen(12), bytes.Equal(back, data[8:20]), err)
	}

	damaged := append([]byte(nil), data...)
	damaged[10] ^= 0xff
	_, _, err = decode(damaged)
	fmt.Println(err, errors.Is(err, errChecksum))
	_, _, err = decode(data[:2])
	fmt.Println(err)

	fmt.Println("== varints")
	for _, v := range []int64{0, 1, -1, 63, -64, 64, 1 << 20, -1 << 62} {
		var b [binary.MaxVarintLen64]byte
		n := binary.PutVarint(b[:], v)
		back, m := binary.Varint(b[:n])
		fmt.Printf("%20d -> % x (%d) -> %d %d\n", v, b[:n], n, back, m)
	}
	_, n := binary.Uvarint([]byte{0xff, 0xff})
	fmt.Println("truncated uvarint:", n)
	_, n = binary.Uvarint(bytes.Repeat([]byte{0xff}, 11))
	fmt.Println("overflow uvarint:", n)
	fmt.Println(binary.AppendUvarint([]byte("x"), 1000), binary.BigEndian.AppendUint16(nil, 0xABCD), binary.LittleEndian.Uint64([]byte{1, 2, 3, 4, 5, 6, 7, 8}))

	fmt.Println("== hex and base64 errors")
	for _, s := range []string{"48656c6c6f", "4865Z6", "486", "GG"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q -> %q %v\n", s, b, err)
	}
	for _, s := range []string{"SGVsbG8=", "SGVsbG8", "SGV$bG8=", "SGVsbG8=extra", "===="} {
		b, err := base64.StdEncoding.DecodeString(s)
		var ce base64.CorruptInputError
		fmt.Printf("%q -> %q %v %v\n", s, b, err, errors.As(err, &ce))
	}
	var hb bytes.Buffer
	d := hex.Dumper(&hb)
	d.Write([]byte("streamed "))
	d.Write([]byte("through a Dumper"))
	d.Close()
	fmt.Print(hb.String())
	enc := base64.NewEncoder(base64.StdEncoding, &hb)
	hb.Reset()
	enc.Write([]byte("chunk one, "))
	enc.Write([]byte("chunk two"))
	enc.Close()
	fmt.Println(hb.String())
	dec := base64.NewDecoder(base64.StdEncoding, bytes.NewReader(hb.Bytes()))
	all, err := io.ReadAll(dec)
	fmt.Printf("%s %v\n", all, err)
}

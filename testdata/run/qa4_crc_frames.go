// Framed messages protected by checksums: CRC-32 (IEEE and Castagnoli),
// Adler-32 and CRC-64 through the hash.Hash32/Hash64 interfaces and the
// one-shot helpers, frames encoded with encoding/binary, corruption
// detection, and checksums streamed through io.MultiWriter.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"io"
	"strings"
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

type frame struct {
	seq     uint16
	payload []byte
}

var errCorrupt = errors.New("frame corrupt")

// encode: [len u16][seq u16][payload][crc32c u32], big endian.
func encode(w io.Writer, f frame) error {
	hdr := make([]byte, 4)
	binary.BigEndian.PutUint16(hdr, uint16(len(f.payload)))
	binary.BigEndian.PutUint16(hdr[2:], f.seq)
	sum := crc32.New(castagnoli)
	sum.Write(hdr)
	sum.Write(f.payload)
	if _, err := w.Write(hdr); err != nil {
		return err
	}
	if _, err := w.Write(f.payload); err != nil {
		return err
	}
	return binary.Write(w, binary.BigEndian, sum.Sum32())
}

func decode(r io.Reader) (frame, error) {
	hdr := make([]byte, 4)
	if _, err := io.ReadFull(r, hdr); err != nil {
		return frame{}, err
	}
	n := binary.BigEndian.Uint16(hdr)
	f := frame{seq: binary.BigEndian.Uint16(hdr[2:]), payload: make([]byte, n)}
	if _, err := io.ReadFull(r, f.payload); err != nil {
		return frame{}, fmt.Errorf("payload: %w", err)
	}
	var want uint32
	if err := binary.Read(r, binary.BigEndian, &want); err != nil {
		return frame{}, fmt.Errorf("checksum: %w", err)
	}
	got := crc32.Update(crc32.Checksum(hdr, castagnoli), castagnoli, f.payload)
	if got != want {
		return f, fmt.Errorf("seq %d: crc %08x != %08x: %w", f.seq, got, want, errCorrupt)
	}
	return f, nil
}

func main() {
	inputs := []string{"", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog", strings.Repeat("0123456789", 100)}
	ecma := crc64.MakeTable(crc64.ECMA)
	iso := crc64.MakeTable(crc64.ISO)
	for _, s := range inputs {
		b := []byte(s)
		label := s
		if len(label) > 20 {
			label = label[:17] + "..."
		}
		fmt.Printf("%-22q ieee=%08x castagnoli=%08x koopman=%08x adler=%08x crc64ecma=%016x iso=%016x\n", label,
			crc32.ChecksumIEEE(b), crc32.Checksum(b, castagnoli), crc32.Checksum(b, crc32.MakeTable(crc32.Koopman)),
			adler32.Checksum(b), crc64.Checksum(b, ecma), crc64.Checksum(b, iso))
	}
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli) == castagnoli,
		crc64.MakeTable(crc64.ECMA) == ecma, crc32.IEEETable[1], castagnoli[255])

	// Incremental hashing equals one-shot hashing.
	hashes := []hash.Hash32{crc32.NewIEEE(), crc32.New(castagnoli), adler32.New()}
	var writers []io.Writer
	for _, h := range hashes {
		writers = append(writers, h)
	}
	h64 := crc64.New(iso)
	writers = append(writers, h64)
	mw := io.MultiWriter(writers...)
	text := "incremental hashing through a MultiWriter"
	for _, w := range strings.Fields(text) {
		io.WriteString(mw, w+" ")
	}
	whole := []byte(strings.Join(strings.Fields(text), " ") + " ")
	fmt.Println(hashes[0].Sum32() == crc32.ChecksumIEEE(whole), hashes[1].Sum32() == crc32.Checksum(whole, castagnoli),
		hashes[2].Sum32() == adler32.Checksum(whole), h64.Sum64() == crc64.Checksum(whole, iso))
	for _, h := range hashes {
		fmt.Printf("size=%d block=%d sum=% x\n", h.Size(), h.BlockSize(), h.Sum([]byte{0xAA}))
		h.Reset()
	}
	fmt.Println(hashes[0].Sum32(), hashes[2].Sum32(), h64.Size(), len(h64.Sum(nil)))

	var stream bytes.Buffer
	msgs := []string{"hello", "", "frames carry a checksum", "last"}
	for i, m := range msgs {
		if err := encode(&stream, frame{uint16(i + 1), []byte(m)}); err != nil {
			fmt.Println("encode:", err)
		}
	}
	raw := stream.Bytes()
	fmt.Println("stream bytes:", len(raw))
	clean := bytes.NewReader(raw)
	for {
		f, err := decode(clean)
		if err == io.EOF {
			break
		}
		fmt.Printf("seq=%d %q err=%v\n", f.seq, f.payload, err)
	}

	damaged := append([]byte(nil), raw...)
	damaged[6] ^= 0x20 // flip a bit in the first payload
	rd := bytes.NewReader(damaged)
	_, err := decode(rd)
	fmt.Println(err, errors.Is(err, errCorrupt))
	truncated := bytes.NewReader(raw[:len(raw)-2])
	var last error
	for {
		_, err := decode(truncated)
		if err != nil {
			last = err
			break
		}
	}
	fmt.Println(last, errors.Is(last, io.ErrUnexpectedEOF))

	// Adler-32 over a large input crosses its modulo chunk size.
	big := bytes.Repeat([]byte{0xff}, 20000)
	a := adler32.New()
	a.Write(big[:7000])
	a.Write(big[7000:])
	fmt.Printf("%08x %08x\n", a.Sum32(), adler32.Checksum(big))
}

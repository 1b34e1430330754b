package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
)

type token struct {
	dist, length uint16
	lit          byte
}

func compress(src []byte, window int) []token {
	var out []token
	for i := 0; i < len(src); {
		bestLen, bestDist := 0, 0
		start := i - window
		if start < 0 {
			start = 0
		}
		for j := start; j < i; j++ {
			l := 0
			for i+l < len(src)-1 && src[j+l] == src[i+l] && l < 255 {
				l++
			}
			if l > bestLen {
				bestLen, bestDist = l, i-j
			}
		}
		if bestLen >= 3 {
			out = append(out, token{uint16(bestDist), uint16(bestLen), src[i+bestLen]})
			i += bestLen + 1
		} else {
			out = append(out, token{0, 0, src[i]})
			i++
		}
	}
	return out
}

func decompress(toks []token) ([]byte, error) {
	var out []byte
	for k, t := range toks {
		if t.length > 0 {
			if int(t.dist) > len(out) || t.dist == 0 {
				return out, fmt.Errorf("token %d: bad distance %d at %d", k, t.dist, len(out))
			}
			from := len(out) - int(t.dist)
			for n := 0; n < int(t.length); n++ {
				out = append(out, out[from+n])
			}
		}
		out = append(out, t.lit)
	}
	return out, nil
}

func encode(toks []token) []byte {
	var buf bytes.Buffer
	var hdr [4]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(toks)))
	buf.Write(hdr[:])
	for _, t := range toks {
		var b [binary.MaxVarintLen64]byte
		n := binary.PutUvarint(b[:], uint64(t.dist)<<8|uint64(t.length))
		buf.Write(b[:n])
		buf.WriteByte(t.lit)
	}
	return buf.Bytes()
}

var errShort = errors.New("short input")

func decode(b []byte) ([]token, error) {
	if len(b) < 4 {
		return nil, errShort
	}
	n := binary.BigEndian.Uint32(b)
	r := bytes.NewReader(b[4:])
	toks := make([]token, 0, n)
	for i := uint32(0); i < n; i++ {
		v, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, fmt.Errorf("token %d: %w", i, err)
		}
		lit, err := r.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("token %d literal: %w", i, err)
		}
		toks = append(toks, token{uint16(v >> 8), uint16(v & 0xff), lit})
	}
	return toks, nil
}

func main() {
	inputs := []string{
		"abracadabra abracadabra abracadabra",
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
		"to be or not to be, that is the question; to be or not to be",
		"x",
	}
	for _, s := range inputs {
		toks := compress([]byte(s), 32)
		enc := encode(toks)
		dec, err := decode(enc)
		if err != nil {
			fmt.Println("decode:", err)
			continue
		}
		back, err := decompress(dec)
		fmt.Printf("len %d -> %d tokens, %d bytes, ok=%v err=%v crc=%08x\n", len(s), len(toks), len(enc), string(back) == s, err, crc32.ChecksumIEEE(enc))
	}
	toks := compress([]byte(inputs[0]), 32)
	for _, t := range toks[:8] {
		fmt.Printf("(%d,%d,%q) ", t.dist, t.length, t.lit)
	}
	fmt.Println()
	enc := encode(toks)
	_, err := decode(enc[:len(enc)-3])
	fmt.Println(err, errors.Is(err, errShort))
	_, err = decode(enc[:2])
	fmt.Println(err, errors.Is(err, errShort))
	_, err = decompress([]token{{lit: 'a'}, {dist: 5, length: 2, lit: 'b'}})
	fmt.Println(err)
	fmt.Printf("% x\n", enc[:12])
}

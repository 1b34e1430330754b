// Package adler32: the Adler-32 checksum of Go 1.19's hash/adler32 (RFC
// 1950): two sums modulo 65521, s1 = 1 + the bytes, s2 = the running sum
// of s1; the checksum is s2<<16 | s1.  The digest is that value itself.
// The modulo is taken every nmax bytes, the most that cannot overflow 32
// bits.
package adler32

import "hash"

const (
	mod  = 65521
	nmax = 5552
)

// The size of an Adler-32 checksum in bytes.
const Size = 4

type digest uint32

func (d *digest) Reset() { *d = 1 }

// New returns a new hash.Hash32 computing the Adler-32 checksum.
func New() hash.Hash32 {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 4 }

func update(d digest, p []byte) digest {
	s1, s2 := uint32(d&0xffff), uint32(d>>16)
	for len(p) > 0 {
		chunk := p
		if len(chunk) > nmax {
			chunk = chunk[:nmax]
		}
		p = p[len(chunk):]
		for _, b := range chunk {
			s1 += uint32(b)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
	}
	return digest(s2<<16 | s1)
}

func (d *digest) Write(p []byte) (nn int, err error) {
	*d = update(*d, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return uint32(*d) }

func (d *digest) Sum(in []byte) []byte {
	s := uint32(*d)
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Checksum returns the Adler-32 checksum of data.
func Checksum(data []byte) uint32 { return uint32(update(1, data)) }

// Package sha256: the SHA-256 hash of FIPS 180-4 (Go 1.19's
// crypto/sha256 without SHA-224).  The round constants and initial hash
// are the fractional parts of the cube and square roots of the first
// primes, computed exactly at start-up (integer roots of p<<96 and p<<64
// with 128-bit arithmetic) rather than tabulated.
package sha256

import (
	"hash"
	"math"
	"math/bits"
)

// The size of a SHA256 checksum in bytes.
const Size = 32

// The blocksize of SHA256 in bytes.
const BlockSize = 64

const chunk = 64

var _K [64]uint32
var initH [8]uint32

// cube128 returns x*x*x as (hi, lo) (x < 2^40).
func cube128(x uint64) (uint64, uint64) {
	h, l := bits.Mul64(x, x)
	h2, l2 := bits.Mul64(l, x)
	return h*x + h2, l2
}

func less128(ah, al, bh, bl uint64) bool {
	return ah < bh || ah == bh && al < bl
}

// fracRoot returns the first 32 bits of the fraction of p^(1/n) (n 2 or 3).
func fracRoot(p uint64, n int) uint32 {
	var x uint64
	var th, tl uint64 // target p << (32*n) as 128 bits
	if n == 2 {
		x = uint64(math.Sqrt(float64(p)) * (1 << 32))
		th, tl = p, 0
	} else {
		x = uint64(math.Cbrt(float64(p)) * (1 << 32))
		th, tl = p<<32, 0
	}
	pow := func(v uint64) (uint64, uint64) {
		if n == 2 {
			return bits.Mul64(v, v)
		}
		return cube128(v)
	}
	// the largest x with x^n <= target
	for {
		h, l := pow(x + 1)
		if less128(th, tl, h, l) {
			break
		}
		x++
	}
	for {
		h, l := pow(x)
		if !less128(th, tl, h, l) {
			break
		}
		x--
	}
	return uint32(x)
}

func init() {
	found := 0
	for p := uint64(2); found < 64; p++ {
		prime := true
		for d := uint64(2); d*d <= p; d++ {
			if p%d == 0 {
				prime = false
				break
			}
		}
		if !prime {
			continue
		}
		_K[found] = fracRoot(p, 3)
		if found < 8 {
			initH[found] = fracRoot(p, 2)
		}
		found++
	}
}

// digest represents the partial evaluation of a checksum.
type digest struct {
	h   [8]uint32
	x   [chunk]byte
	nx  int
	len uint64
}

func (d *digest) Reset() {
	d.h = initH
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the SHA256 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (nn int, err error) {
	nn = len(p)
	d.len += uint64(nn)
	if d.nx > 0 {
		n := copy(d.x[d.nx:], p)
		d.nx += n
		if d.nx == chunk {
			block(d, d.x[:])
			d.nx = 0
		}
		p = p[n:]
	}
	if len(p) >= chunk {
		n := len(p) &^ (chunk - 1)
		block(d, p[:n])
		p = p[n:]
	}
	if len(p) > 0 {
		d.nx = copy(d.x[:], p)
	}
	return
}

func (d *digest) Sum(in []byte) []byte {
	d0 := *d // a copy, so the caller can keep writing
	hash := d0.checkSum()
	return append(in, hash[:]...)
}

func (d *digest) checkSum() [Size]byte {
	length := d.len
	// padding: 0x80, zeros to 56 mod 64, then the bit length big-endian
	var tmp [64 + 8]byte
	tmp[0] = 0x80
	var t uint64
	if length%64 < 56 {
		t = 56 - length%64
	} else {
		t = 64 + 56 - length%64
	}
	length <<= 3
	padlen := tmp[:t+8]
	for i := uint64(0); i < 8; i++ {
		padlen[t+i] = byte(length >> (56 - 8*i))
	}
	d.Write(padlen)
	var digest [Size]byte
	for i, s := range d.h {
		digest[i*4] = byte(s >> 24)
		digest[i*4+1] = byte(s >> 16)
		digest[i*4+2] = byte(s >> 8)
		digest[i*4+3] = byte(s)
	}
	return digest
}

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// block runs the compression function over whole 64-byte chunks.
func block(dig *digest, p []byte) {
	var w [64]uint32
	h0, h1, h2, h3, h4, h5, h6, h7 := dig.h[0], dig.h[1], dig.h[2], dig.h[3], dig.h[4], dig.h[5], dig.h[6], dig.h[7]
	for len(p) >= chunk {
		for i := 0; i < 16; i++ {
			j := i * 4
			w[i] = uint32(p[j])<<24 | uint32(p[j+1])<<16 | uint32(p[j+2])<<8 | uint32(p[j+3])
		}
		for i := 16; i < 64; i++ {
			v1 := w[i-2]
			t1 := bits.RotateLeft32(v1, -17) ^ bits.RotateLeft32(v1, -19) ^ (v1 >> 10)
			v2 := w[i-15]
			t2 := bits.RotateLeft32(v2, -7) ^ bits.RotateLeft32(v2, -18) ^ (v2 >> 3)
			w[i] = t1 + w[i-7] + t2 + w[i-16]
		}
		a, b, c, d, e, f, g, h := h0, h1, h2, h3, h4, h5, h6, h7
		for i := 0; i < 64; i++ {
			t1 := h + (bits.RotateLeft32(e, -6) ^ bits.RotateLeft32(e, -11) ^ bits.RotateLeft32(e, -25)) + ((e & f) ^ (^e & g)) + _K[i] + w[i]
			t2 := (bits.RotateLeft32(a, -2) ^ bits.RotateLeft32(a, -13) ^ bits.RotateLeft32(a, -22)) + ((a & b) ^ (a & c) ^ (b & c))
			h = g
			g = f
			f = e
			e = d + t1
			d = c
			c = b
			b = a
			a = t1 + t2
		}
		h0 += a
		h1 += b
		h2 += c
		h3 += d
		h4 += e
		h5 += f
		h6 += g
		h7 += h
		p = p[chunk:]
	}
	dig.h[0], dig.h[1], dig.h[2], dig.h[3], dig.h[4], dig.h[5], dig.h[6], dig.h[7] = h0, h1, h2, h3, h4, h5, h6, h7
}

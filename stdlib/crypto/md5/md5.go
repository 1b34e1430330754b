// Package md5: the MD5 hash of RFC 1321 (Go 1.19's crypto/md5).  The
// sine table T[i] = floor(|sin(i+1)| * 2^32) is computed at start-up.
package md5

import (
	"hash"
	"math"
	"math/bits"
)

// The size of an MD5 checksum in bytes.
const Size = 16

// The blocksize of MD5 in bytes.
const BlockSize = 64

var table [64]uint32

// per-round shift amounts
var shifts = [4][4]int{{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}}

func init() {
	for i := range table {
		table[i] = uint32(math.Abs(math.Sin(float64(i+1))) * (1 << 32))
	}
}

// digest represents the partial evaluation of a checksum.
type digest struct {
	s   [4]uint32
	x   [BlockSize]byte
	nx  int
	len uint64
}

func (d *digest) Reset() {
	d.s[0] = 0x67452301
	d.s[1] = 0xefcdab89
	d.s[2] = 0x98badcfe
	d.s[3] = 0x10325476
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the MD5 checksum.
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
		if d.nx == BlockSize {
			block(d, d.x[:])
			d.nx = 0
		}
		p = p[n:]
	}
	if len(p) >= BlockSize {
		n := len(p) &^ (BlockSize - 1)
		block(d, p[:n])
		p = p[n:]
	}
	if len(p) > 0 {
		d.nx = copy(d.x[:], p)
	}
	return
}

func (d *digest) Sum(in []byte) []byte {
	d0 := *d
	hash := d0.checkSum()
	return append(in, hash[:]...)
}

func (d *digest) checkSum() [Size]byte {
	// padding: 0x80, zeros to 56 mod 64, the bit length little-endian
	tmp := [1 + 63 + 8]byte{0x80}
	pad := (55 - d.len) % 64
	bl := d.len << 3
	for i := 0; i < 8; i++ {
		tmp[1+pad+uint64(i)] = byte(bl >> (8 * i))
	}
	d.Write(tmp[:1+pad+8])
	var digest [Size]byte
	for i, s := range d.s {
		digest[i*4] = byte(s)
		digest[i*4+1] = byte(s >> 8)
		digest[i*4+2] = byte(s >> 16)
		digest[i*4+3] = byte(s >> 24)
	}
	return digest
}

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

func block(dig *digest, p []byte) {
	var x [16]uint32
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := i * 4
			x[i] = uint32(p[j]) | uint32(p[j+1])<<8 | uint32(p[j+2])<<16 | uint32(p[j+3])<<24
		}
		a, b, c, d := dig.s[0], dig.s[1], dig.s[2], dig.s[3]
		for i := 0; i < 64; i++ {
			var f uint32
			var g int
			switch i / 16 {
			case 0:
				f = (b & c) | (^b & d)
				g = i
			case 1:
				f = (d & b) | (^d & c)
				g = (5*i + 1) % 16
			case 2:
				f = b ^ c ^ d
				g = (3*i + 5) % 16
			default:
				f = c ^ (b | ^d)
				g = (7 * i) % 16
			}
			f += a + table[i] + x[g]
			a = d
			d = c
			c = b
			b += bits.RotateLeft32(f, shifts[i/16][i%4])
		}
		dig.s[0] += a
		dig.s[1] += b
		dig.s[2] += c
		dig.s[3] += d
		p = p[BlockSize:]
	}
}

// Package crc32: the 32-bit cyclic redundancy check of Go 1.19's
// hash/crc32, table-driven (one table lookup per byte, bits reflected: the
// low bit of the register is the first bit of the message).  The
// polynomials are given reversed, as Go's constants are.
//
// Invariants: IEEETable is the table of IEEE; MakeTable(IEEE) returns it
// and MakeTable(Castagnoli) always returns the same table, as in Go (a
// caller may compare the pointers); a digest's crc is the finished value
// (pre- and post-inverted), so Sum32 is a plain read.
package crc32

import (
	"hash"
	"sync"
)

// The size of a CRC-32 checksum in bytes.
const Size = 4

// Predefined polynomials, in reversed notation.
const (
	IEEE       = 0xedb88320 // by far the most common
	Castagnoli = 0x82f63b78 // iSCSI, better error detection
	Koopman    = 0xeb31d82e
)

// Table is a 256-word table representing the polynomial for efficient
// processing.
type Table [256]uint32

// IEEETable is the table for the IEEE polynomial.
var IEEETable = buildTable(IEEE)

var (
	castagnoliOnce  sync.Once
	castagnoliTable *Table
)

func buildTable(poly uint32) *Table {
	t := new(Table)
	for i := range t {
		crc := uint32(i)
		for k := 0; k < 8; k++ {
			if crc&1 == 1 {
				crc = crc>>1 ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

// MakeTable returns a Table constructed from the specified polynomial.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		castagnoliOnce.Do(func() { castagnoliTable = buildTable(Castagnoli) })
		return castagnoliTable
	}
	return buildTable(poly)
}

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	crc = ^crc
	for _, b := range p {
		crc = tab[byte(crc)^b] ^ crc>>8
	}
	return ^crc
}

// Checksum returns the CRC-32 checksum of data using the polynomial
// represented by the Table.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 checksum of data using the IEEE
// polynomial.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

// digest represents the partial evaluation of a checksum.
type digest struct {
	crc uint32
	tab *Table
}

// New creates a new hash.Hash32 computing the CRC-32 checksum using the
// polynomial represented by the Table.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE creates a new hash.Hash32 computing the CRC-32 checksum using
// the IEEE polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 1 }

func (d *digest) Reset() { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.crc }

func (d *digest) Sum(in []byte) []byte {
	s := d.Sum32()
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Package crc64: the 64-bit cyclic redundancy check of Go 1.19's
// hash/crc64, table-driven with reflected bits like hash/crc32.
// MakeTable(ISO) and MakeTable(ECMA) return the same table every time.
package crc64

import (
	"hash"
	"sync"
)

// The size of a CRC-64 checksum in bytes.
const Size = 8

// Predefined polynomials, in reversed notation.
const (
	ISO  = 0xD800000000000000 // ISO 3309, used in HDLC
	ECMA = 0xC96C5795D7870F42 // ECMA 182
)

// Table is a 256-word table representing the polynomial for efficient
// processing.
type Table [256]uint64

var (
	tablesOnce          sync.Once
	isoTable, ecmaTable *Table
)

func buildTables() {
	isoTable = buildTable(ISO)
	ecmaTable = buildTable(ECMA)
}

func buildTable(poly uint64) *Table {
	t := new(Table)
	for i := range t {
		crc := uint64(i)
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
func MakeTable(poly uint64) *Table {
	switch poly {
	case ISO:
		tablesOnce.Do(buildTables)
		return isoTable
	case ECMA:
		tablesOnce.Do(buildTables)
		return ecmaTable
	}
	return buildTable(poly)
}

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint64, tab *Table, p []byte) uint64 {
	crc = ^crc
	for _, b := range p {
		crc = tab[byte(crc)^b] ^ crc>>8
	}
	return ^crc
}

// Checksum returns the CRC-64 checksum of data using the polynomial
// represented by the Table.
func Checksum(data []byte, tab *Table) uint64 { return Update(0, tab, data) }

type digest struct {
	crc uint64
	tab *Table
}

// New creates a new hash.Hash64 computing the CRC-64 checksum using the
// polynomial represented by the Table.
func New(tab *Table) hash.Hash64 { return &digest{0, tab} }

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 1 }

func (d *digest) Reset() { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum64() uint64 { return d.crc }

func (d *digest) Sum(in []byte) []byte {
	s := d.Sum64()
	return append(in, byte(s>>56), byte(s>>48), byte(s>>40), byte(s>>32), byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

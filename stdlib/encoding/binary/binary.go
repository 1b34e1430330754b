// Package binary: translation between numbers and byte sequences (Go
// 1.19's encoding/binary): the byte orders, varints, and Read/Write/Size
// for fixed-size values: basic values and slices of them directly, structs,
// arrays and slices of them through the type descriptors
// (runtime/stdlib_binary.c), since gosub has no reflect.
package binary

import (
	"errors"
	"fmt"
	"io"
	"math"
)

// A ByteOrder specifies how to convert byte slices into unsigned integers.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder specifies how to append unsigned integers to byte slices.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian is the little-endian implementation of ByteOrder and
// AppendByteOrder.
var LittleEndian littleEndian

// BigEndian is the big-endian implementation of ByteOrder and
// AppendByteOrder.
var BigEndian bigEndian

type littleEndian struct{}

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1] // one bounds check
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
	b[2] = byte(v >> 16)
	b[3] = byte(v >> 24)
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
	b[2] = byte(v >> 16)
	b[3] = byte(v >> 24)
	b[4] = byte(v >> 32)
	b[5] = byte(v >> 40)
	b[6] = byte(v >> 48)
	b[7] = byte(v >> 56)
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24),
		byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56))
}

func (littleEndian) String() string { return "LittleEndian" }

func (littleEndian) GoString() string { return "binary.LittleEndian" }

type bigEndian struct{}

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v >> 8)
	b[1] = byte(v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v >> 24)
	b[1] = byte(v >> 16)
	b[2] = byte(v >> 8)
	b[3] = byte(v)
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[7]) | uint64(b[6])<<8 | uint64(b[5])<<16 | uint64(b[4])<<24 |
		uint64(b[3])<<32 | uint64(b[2])<<40 | uint64(b[1])<<48 | uint64(b[0])<<56
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	b[0] = byte(v >> 56)
	b[1] = byte(v >> 48)
	b[2] = byte(v >> 40)
	b[3] = byte(v >> 32)
	b[4] = byte(v >> 24)
	b[5] = byte(v >> 16)
	b[6] = byte(v >> 8)
	b[7] = byte(v)
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32),
		byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) String() string { return "BigEndian" }

func (bigEndian) GoString() string { return "binary.BigEndian" }

// dataSize is the encoded size of a supported value, or -1.
func dataSize(data any) int {
	switch d := data.(type) {
	case bool, int8, uint8, *bool, *int8, *uint8:
		return 1
	case int16, uint16, *int16, *uint16:
		return 2
	case int32, uint32, float32, *int32, *uint32, *float32:
		return 4
	case int64, uint64, float64, *int64, *uint64, *float64:
		return 8
	case []bool:
		return len(d)
	case []int8:
		return len(d)
	case []uint8:
		return len(d)
	case []int16:
		return 2 * len(d)
	case []uint16:
		return 2 * len(d)
	case []int32:
		return 4 * len(d)
	case []uint32:
		return 4 * len(d)
	case []float32:
		return 4 * len(d)
	case []int64:
		return 8 * len(d)
	case []uint64:
		return 8 * len(d)
	case []float64:
		return 8 * len(d)
	}
	return -1
}

// Size returns how many bytes Write would generate to encode v, or -1.
func Size(v any) int {
	if n := dataSize(v); n >= 0 {
		return n
	}
	return leaves(v, nil, false)
}

//extern go_binary_leaves
func leaves(data any, codes []byte, forRead bool) int

//extern go_binary_raw
func raw(data any, buf []byte, store bool)

// Leaf codes from leaves: the width in the low nibble, and these flags.
const (
	leafBool  = 0x10
	leafBlank = 0x20
)

// layout returns the leaf codes of a struct, array or slice of them, or nil
// when data has no fixed-size encoding.
func layout(data any, forRead bool) []byte {
	n := leaves(data, nil, forRead)
	if n < 0 {
		return nil
	}
	codes := make([]byte, n)
	leaves(data, codes, forRead)
	return codes
}

// encodeComposite converts the value's native bytes leaf by leaf to order.
func encodeComposite(order ByteOrder, data any, codes []byte) []byte {
	native := make([]byte, len(codes))
	raw(data, native, false)
	bs := make([]byte, len(codes))
	for i := 0; i < len(codes); {
		c := codes[i]
		w := int(c & 0x0f)
		switch {
		case c&leafBlank != 0:
		case c&leafBool != 0:
			bs[i] = boolByte(native[i] != 0)
		case w == 1:
			bs[i] = native[i]
		case w == 2:
			order.PutUint16(bs[i:], LittleEndian.Uint16(native[i:]))
		case w == 4:
			order.PutUint32(bs[i:], LittleEndian.Uint32(native[i:]))
		case w == 8:
			order.PutUint64(bs[i:], LittleEndian.Uint64(native[i:]))
		}
		i += w
	}
	return bs
}

// decodeComposite stores bs, read in order, into the value leaf by leaf.
func decodeComposite(order ByteOrder, data any, codes []byte, bs []byte) {
	native := make([]byte, len(codes))
	for i := 0; i < len(codes); {
		c := codes[i]
		w := int(c & 0x0f)
		switch {
		case c&leafBlank != 0:
		case c&leafBool != 0:
			native[i] = boolByte(bs[i] != 0)
		case w == 1:
			native[i] = bs[i]
		case w == 2:
			LittleEndian.PutUint16(native[i:], order.Uint16(bs[i:]))
		case w == 4:
			LittleEndian.PutUint32(native[i:], order.Uint32(bs[i:]))
		case w == 8:
			LittleEndian.PutUint64(native[i:], order.Uint64(bs[i:]))
		}
		i += w
	}
	raw(data, native, true)
}

// Write writes the binary representation of data into w in byte order.
func Write(w io.Writer, order ByteOrder, data any) error {
	n := dataSize(data)
	if n < 0 {
		codes := layout(data, false)
		if codes == nil {
			return errors.New("binary.Write: invalid type " + fmt.Sprintf("%T", data))
		}
		_, err := w.Write(encodeComposite(order, data, codes))
		return err
	}
	bs := make([]byte, n)
	switch v := data.(type) {
	case *bool:
		bs[0] = boolByte(*v)
	case bool:
		bs[0] = boolByte(v)
	case []bool:
		for i, x := range v {
			bs[i] = boolByte(x)
		}
	case *int8:
		bs[0] = byte(*v)
	case int8:
		bs[0] = byte(v)
	case []int8:
		for i, x := range v {
			bs[i] = byte(x)
		}
	case *uint8:
		bs[0] = *v
	case uint8:
		bs[0] = v
	case []uint8:
		copy(bs, v)
	case *int16:
		order.PutUint16(bs, uint16(*v))
	case int16:
		order.PutUint16(bs, uint16(v))
	case []int16:
		for i, x := range v {
			order.PutUint16(bs[2*i:], uint16(x))
		}
	case *uint16:
		order.PutUint16(bs, *v)
	case uint16:
		order.PutUint16(bs, v)
	case []uint16:
		for i, x := range v {
			order.PutUint16(bs[2*i:], x)
		}
	case *int32:
		order.PutUint32(bs, uint32(*v))
	case int32:
		order.PutUint32(bs, uint32(v))
	case []int32:
		for i, x := range v {
			order.PutUint32(bs[4*i:], uint32(x))
		}
	case *uint32:
		order.PutUint32(bs, *v)
	case uint32:
		order.PutUint32(bs, v)
	case []uint32:
		for i, x := range v {
			order.PutUint32(bs[4*i:], x)
		}
	case *int64:
		order.PutUint64(bs, uint64(*v))
	case int64:
		order.PutUint64(bs, uint64(v))
	case []int64:
		for i, x := range v {
			order.PutUint64(bs[8*i:], uint64(x))
		}
	case *uint64:
		order.PutUint64(bs, *v)
	case uint64:
		order.PutUint64(bs, v)
	case []uint64:
		for i, x := range v {
			order.PutUint64(bs[8*i:], x)
		}
	case *float32:
		order.PutUint32(bs, math.Float32bits(*v))
	case float32:
		order.PutUint32(bs, math.Float32bits(v))
	case []float32:
		for i, x := range v {
			order.PutUint32(bs[4*i:], math.Float32bits(x))
		}
	case *float64:
		order.PutUint64(bs, math.Float64bits(*v))
	case float64:
		order.PutUint64(bs, math.Float64bits(v))
	case []float64:
		for i, x := range v {
			order.PutUint64(bs[8*i:], math.Float64bits(x))
		}
	}
	_, err := w.Write(bs)
	return err
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// Read reads structured binary data from r into data (a pointer to a
// fixed-size basic value or a slice of them) in byte order.
func Read(r io.Reader, order ByteOrder, data any) error {
	n := dataSize(data)
	switch data.(type) {
	case bool, int8, uint8, int16, uint16, int32, uint32, int64, uint64, float32, float64:
		n = -1 // not a pointer
	}
	var codes []byte
	if n < 0 {
		if codes = layout(data, true); codes == nil {
			return errors.New("binary.Read: invalid type " + fmt.Sprintf("%T", data))
		}
		n = len(codes)
	}
	bs := make([]byte, n)
	if _, err := io.ReadFull(r, bs); err != nil {
		return err
	}
	if codes != nil {
		decodeComposite(order, data, codes, bs)
		return nil
	}
	switch data := data.(type) {
	case *bool:
		*data = bs[0] != 0
	case *int8:
		*data = int8(bs[0])
	case *uint8:
		*data = bs[0]
	case *int16:
		*data = int16(order.Uint16(bs))
	case *uint16:
		*data = order.Uint16(bs)
	case *int32:
		*data = int32(order.Uint32(bs))
	case *uint32:
		*data = order.Uint32(bs)
	case *int64:
		*data = int64(order.Uint64(bs))
	case *uint64:
		*data = order.Uint64(bs)
	case *float32:
		*data = math.Float32frombits(order.Uint32(bs))
	case *float64:
		*data = math.Float64frombits(order.Uint64(bs))
	case []bool:
		for i, x := range bs {
			data[i] = x != 0
		}
	case []int8:
		for i, x := range bs {
			data[i] = int8(x)
		}
	case []uint8:
		copy(data, bs)
	case []int16:
		for i := range data {
			data[i] = int16(order.Uint16(bs[2*i:]))
		}
	case []uint16:
		for i := range data {
			data[i] = order.Uint16(bs[2*i:])
		}
	case []int32:
		for i := range data {
			data[i] = int32(order.Uint32(bs[4*i:]))
		}
	case []uint32:
		for i := range data {
			data[i] = order.Uint32(bs[4*i:])
		}
	case []int64:
		for i := range data {
			data[i] = int64(order.Uint64(bs[8*i:]))
		}
	case []uint64:
		for i := range data {
			data[i] = order.Uint64(bs[8*i:])
		}
	case []float32:
		for i := range data {
			data[i] = math.Float32frombits(order.Uint32(bs[4*i:]))
		}
	case []float64:
		for i := range data {
			data[i] = math.Float64frombits(order.Uint64(bs[8*i:]))
		}
	}
	return nil
}

// Encoding length-prefixed binary frames into a bytes.Buffer with
// encoding/binary, then decoding them back from the bytes.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type Frame struct {
	Type    uint8
	Seq     uint16
	Payload []byte
}

var ErrShortFrame = errors.New("short frame")

func (f *Frame) Encode(buf *bytes.Buffer) {
	var hdr [7]byte
	hdr[0] = f.Type
	binary.BigEndian.PutUint16(hdr[1:3], f.Seq)
	binary.BigEndian.PutUint32(hdr[3:7], uint32(len(f.Payload)))
	buf.Write(hdr[:])
	buf.Write(f.Payload)
}

func Decode(r *bytes.Reader) (*Frame, error) {
	var hdr [7]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		if err == io.EOF {
			return nil, err
		}
		return nil, fmt.Errorf("header: %w", ErrShortFrame)
	}
	n := binary.BigEndian.Uint32(hdr[3:7])
	f := &Frame{Type: hdr[0], Seq: binary.BigEndian.Uint16(hdr[1:3]), Payload: make([]byte, n)}
	if _, err := io.ReadFull(r, f.Payload); err != nil {
		return nil, fmt.Errorf("payload of %d bytes: %w", n, ErrShortFrame)
	}
	return f, nil
}

func appendVarints(dst []byte, vals ...int64) []byte {
	for _, v := range vals {
		dst = binary.AppendVarint(dst, v)
	}
	return dst
}

func main() {
	var buf bytes.Buffer
	frames := []Frame{
		{1, 1, []byte("hello")},
		{2, 2, nil},
		{3, 65535, appendVarints(nil, 1, -1, 300, -70000)},
	}
	for i := range frames {
		frames[i].Encode(&buf)
	}
	data := buf.Bytes()
	fmt.Println(len(data), fmt.Sprintf("% x", data[:12]))

	r := bytes.NewReader(data)
	for {
		f, err := Decode(r)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error", err)
			break
		}
		fmt.Printf("type=%d seq=%d len=%d %q\n", f.Type, f.Seq, len(f.Payload), f.Payload)
		if f.Type == 3 {
			p := f.Payload
			for len(p) > 0 {
				v, n := binary.Varint(p)
				fmt.Print(v, " ")
				p = p[n:]
			}
			fmt.Println()
		}
	}
	_, err := Decode(bytes.NewReader(data[:10]))
	fmt.Println(err, errors.Is(err, ErrShortFrame))
	le := make([]byte, 8)
	binary.LittleEndian.PutUint64(le, 0x0102030405060708)
	fmt.Println(le, binary.LittleEndian.Uint32(le[4:]))
}

// bytes.Buffer as a FIFO of bytes: Write and WriteString on one end,
// ReadString, ReadByte, Next and UnreadByte on the other.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
)

type Frame struct {
	Kind    byte
	Payload []byte
}

func encode(buf *bytes.Buffer, f Frame) {
	buf.WriteByte(f.Kind)
	buf.WriteString(strconv.Itoa(len(f.Payload)))
	buf.WriteByte(':')
	buf.Write(f.Payload)
}

func decode(buf *bytes.Buffer) (Frame, error) {
	kind, err := buf.ReadByte()
	if err != nil {
		return Frame{}, err
	}
	lenText, err := buf.ReadString(':')
	if err != nil {
		return Frame{}, fmt.Errorf("no length: %w", err)
	}
	n, err := strconv.Atoi(lenText[:len(lenText)-1])
	if err != nil {
		return Frame{}, err
	}
	if buf.Len() < n {
		return Frame{}, io.ErrUnexpectedEOF
	}
	payload := make([]byte, n)
	copy(payload, buf.Next(n))
	return Frame{Kind: kind, Payload: payload}, nil
}

func main() {
	var buf bytes.Buffer
	frames := []Frame{
		{'T', []byte("hello")},
		{'B', []byte{0, 1, 2, 255}},
		{'T', []byte("")},
		{'T', bytes.Repeat([]byte("xy"), 6)},
	}
	for _, f := range frames {
		encode(&buf, f)
	}
	fmt.Println("encoded", buf.Len(), "bytes")
	fmt.Printf("%q\n", buf.String())

	for {
		f, err := decode(&buf)
		if err == io.EOF {
			fmt.Println("done")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%c %d %q\n", f.Kind, len(f.Payload), f.Payload)
	}

	buf.Reset()
	buf.WriteString("T9:short")
	f, err := decode(&buf)
	fmt.Println(f.Kind, f.Payload == nil, err)

	buf.Reset()
	buf.WriteString("X12")
	_, err = decode(&buf)
	fmt.Println(err)

	b2 := bytes.NewBufferString("abc")
	c, _ := b2.ReadByte()
	b2.UnreadByte()
	rest, _ := io.ReadAll(b2)
	fmt.Println(string(c), string(rest))
	b2.Truncate(0)
	fmt.Fprintf(b2, "%05d|%x", 42, "hi")
	fmt.Println(b2.String(), b2.Len())
}

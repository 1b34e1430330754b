// A record encoder that borrows scratch space from sync.Pools: one pool of
// *bytes.Buffer and one of *[]byte, returned after each use.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sync"
)

var buffers = sync.Pool{New: func() interface{} { return &bytes.Buffer{} }}

var scratch = sync.Pool{
	New: func() interface{} {
		s := make([]byte, 0, 64)
		return &s
	},
}

type Entry struct {
	ID    uint32
	Name  string
	Score int16
}

func encodeEntry(e *Entry) []byte {
	bp := scratch.Get().(*[]byte)
	b := (*bp)[:0]
	b = binary.BigEndian.AppendUint32(b, e.ID)
	b = append(b, byte(len(e.Name)))
	b = append(b, e.Name...)
	b = binary.BigEndian.AppendUint16(b, uint16(e.Score))
	out := make([]byte, len(b))
	copy(out, b)
	*bp = b
	scratch.Put(bp)
	return out
}

func decodeEntry(b []byte) (Entry, error) {
	if len(b) < 5 {
		return Entry{}, fmt.Errorf("short record: %d bytes", len(b))
	}
	var e Entry
	e.ID = binary.BigEndian.Uint32(b)
	n := int(b[4])
	if len(b) < 5+n+2 {
		return Entry{}, fmt.Errorf("truncated name (want %d)", n)
	}
	e.Name = string(b[5 : 5+n])
	e.Score = int16(binary.BigEndian.Uint16(b[5+n:]))
	return e, nil
}

func hexdump(b []byte) string {
	buf := buffers.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		buffers.Put(buf)
	}()
	for i, c := range b {
		if i > 0 {
			buf.WriteByte(' ')
		}
		fmt.Fprintf(buf, "%02x", c)
	}
	return buf.String()
}

func main() {
	entries := []Entry{
		{1, "alice", 90},
		{2, "bob", -3},
		{300, "carol", 1200},
	}
	var all [][]byte
	for i := range entries {
		all = append(all, encodeEntry(&entries[i]))
	}
	for _, rec := range all {
		fmt.Println(hexdump(rec))
		e, err := decodeEntry(rec)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%d %q %d\n", e.ID, e.Name, e.Score)
	}
	_, err := decodeEntry(all[0][:7])
	fmt.Println(err)
	_, err = decodeEntry([]byte{1, 2})
	fmt.Println(err)
}

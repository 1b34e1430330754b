// A log-structured store: records are appended to fixed-size segments
// (byte slices), an index maps keys to (segment, offset), and compaction
// copies live records into fresh segments and drops the old ones.
package main

import (
	"encoding/binary"
	"fmt"
	"sort"
)

const segSize = 64

type loc struct {
	seg, off, n int
}

type Log struct {
	segs  [][]byte
	index map[string]loc
	dead  int
}

func NewLog() *Log {
	return &Log{index: make(map[string]loc)}
}

func (l *Log) active() []byte {
	if len(l.segs) == 0 {
		l.segs = append(l.segs, make([]byte, 0, segSize))
	}
	return l.segs[len(l.segs)-1]
}

func encode(dst []byte, key string, val []byte) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(key)))
	dst = append(dst, key...)
	dst = binary.AppendUvarint(dst, uint64(len(val)))
	return append(dst, val...)
}

func (l *Log) Put(key string, val []byte) {
	rec := encode(nil, key, val)
	seg := l.active()
	if len(seg)+len(rec) > cap(seg) {
		l.segs = append(l.segs, make([]byte, 0, segSize))
		seg = l.active()
	}
	if old, ok := l.index[key]; ok {
		l.dead += old.n
	}
	off := len(seg)
	l.segs[len(l.segs)-1] = append(seg, rec...)
	l.index[key] = loc{len(l.segs) - 1, off, len(rec)}
}

func (l *Log) Get(key string) ([]byte, bool) {
	p, ok := l.index[key]
	if !ok {
		return nil, false
	}
	rec := l.segs[p.seg][p.off : p.off+p.n]
	kl, n := binary.Uvarint(rec)
	rec = rec[n+int(kl):]
	vl, n := binary.Uvarint(rec)
	return rec[n : n+int(vl)], true
}

func (l *Log) Compact() (before, after int) {
	before = len(l.segs)
	keys := make([]string, 0, len(l.index))
	for k := range l.index {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	old := l
	nl := NewLog()
	for _, k := range keys {
		v, _ := old.Get(k)
		nl.Put(k, v)
	}
	*l = *nl
	return before, len(l.segs)
}

func (l *Log) used() (n int) {
	for _, s := range l.segs {
		n += len(s)
	}
	return
}

func main() {
	l := NewLog()
	for round := 0; round < 4; round++ {
		for _, k := range []string{"alpha", "beta", "gamma"} {
			l.Put(k, []byte(fmt.Sprintf("%s-%d", k[:2], round)))
		}
	}
	l.Put("delta", []byte("only-once"))
	fmt.Println(len(l.segs), l.used(), l.dead)
	for _, k := range []string{"alpha", "gamma", "delta", "zeta"} {
		v, ok := l.Get(k)
		fmt.Printf("%s=%q %v\n", k, v, ok)
	}
	b, a := l.Compact()
	fmt.Println(b, a, l.used(), l.dead)
	v, _ := l.Get("beta")
	fmt.Println(string(v), len(l.index))
}

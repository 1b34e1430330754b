package main

import (
	"bytes"
	"container/list"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"
	"time"
)

type Entry struct {
	Seq     uint32
	When    time.Time
	Account string
	Delta   int64
	Prev    [32]byte
	Hash    [32]byte
}

func (e *Entry) encode() []byte {
	var buf bytes.Buffer
	var tmp [8]byte
	binary.BigEndian.PutUint32(tmp[:4], e.Seq)
	buf.Write(tmp[:4])
	binary.LittleEndian.PutUint64(tmp[:], uint64(e.When.Unix()))
	buf.Write(tmp[:])
	buf.WriteByte(byte(len(e.Account)))
	buf.WriteString(e.Account)
	binary.Write(&buf, binary.BigEndian, e.Delta)
	buf.Write(e.Prev[:])
	return buf.Bytes()
}

type Ledger struct {
	entries *list.List
	index   map[uint32]*list.Element
	balance map[string]int64
	start   time.Time
}

var ErrTampered = errors.New("ledger tampered")

func NewLedger(start time.Time) *Ledger {
	return &Ledger{entries: list.New(), index: map[uint32]*list.Element{}, balance: map[string]int64{}, start: start}
}

func (l *Ledger) Append(acct string, delta int64, after time.Duration) *Entry {
	e := &Entry{Seq: uint32(l.entries.Len() + 1), When: l.start.Add(after), Account: acct, Delta: delta}
	if back := l.entries.Back(); back != nil {
		e.Prev = back.Value.(*Entry).Hash
	}
	e.Hash = sha256.Sum256(e.encode())
	l.index[e.Seq] = l.entries.PushBack(e)
	l.balance[acct] += delta
	return e
}

func (l *Ledger) Verify() error {
	var prev [32]byte
	for el := l.entries.Front(); el != nil; el = el.Next() {
		e := el.Value.(*Entry)
		if e.Prev != prev {
			return fmt.Errorf("entry %d: prev link: %w", e.Seq, ErrTampered)
		}
		if sha256.Sum256(e.encode()) != e.Hash {
			return fmt.Errorf("entry %d: hash: %w", e.Seq, ErrTampered)
		}
		prev = e.Hash
	}
	return nil
}

func (l *Ledger) Between(from, to time.Time) []*Entry {
	var out []*Entry
	for el := l.entries.Front(); el != nil; el = el.Next() {
		e := el.Value.(*Entry)
		if !e.When.Before(from) && e.When.Before(to) {
			out = append(out, e)
		}
	}
	return out
}

func checksum(entries []*Entry) uint32 {
	h := crc32.NewIEEE()
	for _, e := range entries {
		h.Write(e.encode())
	}
	return h.Sum32()
}

func main() {
	start := time.Date(2023, time.March, 30, 22, 15, 0, 0, time.UTC)
	l := NewLedger(start)
	accts := []string{"alice", "bob", "carol"}
	for i := 0; i < 9; i++ {
		l.Append(accts[i%3], int64((i-4)*125), time.Duration(i)*7*time.Hour+time.Duration(i*13)*time.Minute)
	}
	fmt.Println("verify:", l.Verify())
	for el := l.entries.Front(); el != nil; el = el.Next() {
		e := el.Value.(*Entry)
		fmt.Printf("%2d %s %-5s %+5d %s\n", e.Seq, e.When.Format("Mon Jan 2 15:04"), e.Account, e.Delta, hex.EncodeToString(e.Hash[:4]))
	}
	day2 := time.Date(2023, 3, 31, 0, 0, 0, 0, time.UTC)
	in := l.Between(day2, day2.AddDate(0, 0, 1))
	fmt.Println("on", day2.Format("2006-01-02"), day2.Weekday(), day2.YearDay(), "count", len(in))
	fmt.Printf("crc %08x\n", checksum(in))
	last := l.entries.Back().Value.(*Entry)
	fmt.Println(last.When.Sub(start), last.When.Format(time.RFC1123), last.When.AddDate(0, 1, 0).Format(time.Kitchen))
	y, m, d := last.When.Date()
	_, wk := last.When.ISOWeek()
	fmt.Println(y, m, d, wk, last.When.Truncate(24*time.Hour).Equal(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)))
	l.index[4].Value.(*Entry).Delta = 1_000_000
	err := l.Verify()
	fmt.Println(err, errors.Is(err, ErrTampered))
	enc := base64.StdEncoding.EncodeToString(last.encode()[:12])
	dec, _ := base64.StdEncoding.DecodeString(enc)
	fmt.Println(enc, base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}), len(dec))
	fmt.Println(binary.BigEndian.Uint32(dec[:4]), hex.Dump([]byte("ledger!"))[:40])
	var names []string
	for _, a := range accts {
		names = append(names, fmt.Sprintf("%s:%d", a, l.balance[a]))
	}
	fmt.Println(strings.Join(names, " "))
	t, err := time.Parse("2006-01-02 15:04:05", "2023-13-01 00:00:00")
	fmt.Println(t.IsZero(), err)
	t2, _ := time.Parse(time.RFC3339, "2023-06-01T12:30:00+02:00")
	fmt.Println(t2.UTC(), t2.Unix(), time.Unix(0, 0).UTC())
}

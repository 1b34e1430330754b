// Content-addressed storage in miniature: blobs are stored under their
// SHA-256, deduplicated, verified with MD5/SHA-1/FNV on read, and exported
// as base64 and hex. Shows hash.Hash streaming versus one-shot Sum, and
// the byte/string conversions around them.
package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"hash/fnv"
	"io"
	"sort"
	"strings"
	"unicode/utf16"
)

type Blob struct {
	Data []byte
	Refs int
	FNV  uint64
}

type Store struct {
	blobs map[[sha256.Size]byte]*Blob
	bytes int
}

var ErrCorrupt = errors.New("blob corrupt")

func NewStore() *Store { return &Store{blobs: map[[sha256.Size]byte]*Blob{}} }

func fnv64(b []byte) uint64 {
	h := fnv.New64a()
	h.Write(b)
	return h.Sum64()
}

func (s *Store) Put(data []byte) [sha256.Size]byte {
	key := sha256.Sum256(data)
	if b, ok := s.blobs[key]; ok {
		b.Refs++
		return key
	}
	cp := make([]byte, len(data))
	copy(cp, data)
	s.blobs[key] = &Blob{Data: cp, Refs: 1, FNV: fnv64(cp)}
	s.bytes += len(cp)
	return key
}

func (s *Store) Get(key [sha256.Size]byte) ([]byte, error) {
	b, ok := s.blobs[key]
	if !ok {
		return nil, fmt.Errorf("get %x: not found", key[:4])
	}
	if fnv64(b.Data) != b.FNV || sha256.Sum256(b.Data) != key {
		return nil, fmt.Errorf("get %x: %w", key[:4], ErrCorrupt)
	}
	return b.Data, nil
}

func streamHash(h hash.Hash, r io.Reader) string {
	buf := make([]byte, 7) // small on purpose: many Write calls
	for {
		n, err := r.Read(buf)
		h.Write(buf[:n])
		if err == io.EOF {
			break
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

func main() {
	st := NewStore()
	docs := []string{
		"The quick brown fox jumps over the lazy dog",
		"",
		"memory",
		"The quick brown fox jumps over the lazy dog",
		strings.Repeat("gc ", 100),
	}
	var keys [][sha256.Size]byte
	for _, d := range docs {
		keys = append(keys, st.Put([]byte(d)))
	}
	fmt.Println("blobs:", len(st.blobs), "bytes:", st.bytes)

	var lines []string
	for k, b := range st.blobs {
		lines = append(lines, fmt.Sprintf("%x refs=%d len=%d fnv=%016x", k[:6], b.Refs, len(b.Data), b.FNV))
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))

	data, err := st.Get(keys[0])
	fmt.Println(string(data[:9]), err)
	st.blobs[keys[2]].Data[0] ^= 1
	_, err = st.Get(keys[2])
	fmt.Println(err, errors.Is(err, ErrCorrupt))
	_, err = st.Get([sha256.Size]byte{1, 2, 3, 4})
	fmt.Println(err)

	fox := []byte(docs[0])
	fmt.Printf("md5    %x\n", md5.Sum(fox))
	fmt.Printf("sha1   %x\n", sha1.Sum(fox))
	fmt.Printf("sha256 %x\n", sha256.Sum256(fox))
	fmt.Println("stream md5 equal:", streamHash(md5.New(), bytes.NewReader(fox)) == fmt.Sprintf("%x", md5.Sum(fox)))
	fmt.Println("stream sha256:", streamHash(sha256.New(), strings.NewReader(docs[0]))[:16])
	h := sha256.New()
	fmt.Println("sizes:", h.Size(), h.BlockSize(), md5.Size, sha1.Size, sha256.Size)

	enc := base64.StdEncoding.EncodeToString(fox[:10])
	url := base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe})
	raw := base64.RawStdEncoding.EncodeToString([]byte("ab"))
	fmt.Println(enc, url, raw)
	dec, err := base64.StdEncoding.DecodeString(enc)
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("not*base64")
	fmt.Println(err)
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.StdEncoding.DecodedLen(16))

	fmt.Println(hex.EncodeToString([]byte("Go")), strings.ToUpper(hex.EncodeToString([]byte{0xde, 0xad})))
	fmt.Print(hex.Dump([]byte("hexdump of 20 bytes!")))

	u := utf16.Encode([]rune("a€𝄞"))
	fmt.Println(u, len(u), string(utf16.Decode(u)), utf16.IsSurrogate(rune(u[2])))

	h32 := fnv.New32()
	io.WriteString(h32, "hello")
	fmt.Printf("fnv32 %08x fnv64a %016x\n", h32.Sum32(), fnv64([]byte("hello")))
	h32.Reset()
	fmt.Printf("reset %08x\n", h32.Sum32())
}

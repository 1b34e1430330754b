// Type parameters constrained by ~string | ~[]byte: len, indexing (a
// byte), slicing (keeps the type), conversions to string and []byte,
// comparison with a converted literal, FNV-1a hashing of either kind, a
// generic Fields splitter, and a generic byte-oriented tokenizer that
// returns sub-slices sharing memory with the input when it is a []byte.
package main

import (
	"fmt"
	"strings"
)

type ByteSeq interface {
	~string | ~[]byte
}

func Hash[S ByteSeq](s S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func HasPrefix[S ByteSeq](s, prefix S) bool {
	return len(s) >= len(prefix) && string(s[:len(prefix)]) == string(prefix)
}

func CountByte[S ByteSeq](s S, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func Fields[S ByteSeq](s S) []S {
	var out []S
	start := -1
	for i := 0; i <= len(s); i++ {
		space := i == len(s) || s[i] == ' ' || s[i] == '\t'
		if space && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		} else if !space && start < 0 {
			start = i
		}
	}
	return out
}

func TrimRight[S ByteSeq](s S, c byte) S {
	for len(s) > 0 && s[len(s)-1] == c {
		s = s[:len(s)-1]
	}
	return s
}

func ToUpperASCII[S ByteSeq](s S) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

type Path string
type Buf []byte

func main() {
	fmt.Println(Hash("hello"), Hash([]byte("hello")), Hash(Path("")))
	fmt.Println(HasPrefix("golang", "go"), HasPrefix([]byte("go"), []byte("golang")), HasPrefix(Path("/usr/lib"), "/usr"))
	fmt.Println(CountByte("mississippi", 's'), CountByte(Buf("a,b,,c"), ','))

	fs := Fields("  the quick\tbrown  fox ")
	fmt.Printf("%q %T\n", fs, fs)
	bs := Fields(Buf("ab cd"))
	fmt.Printf("%q %T\n", bs, bs)
	bs[0][0] = 'X' // a sub-slice of the input buffer
	bs[1] = append(bs[1], '!')
	fmt.Printf("%q\n", bs)

	raw := []byte("keep those zeros000")
	tr := TrimRight(raw, '0')
	fmt.Println(string(tr), len(tr), cap(tr) == cap(raw))
	fmt.Printf("%v %T\n", TrimRight(Path("/a/b///"), '/'), TrimRight(Path("x/"), '/'))

	fmt.Println(ToUpperASCII("mixed Case ü"), ToUpperASCII(Buf("bytes")))

	words := strings.Fields("alpha beta gamma alpha")
	seen := map[uint32]string{}
	for _, w := range words {
		h := Hash(w)
		if prev, ok := seen[h]; ok {
			fmt.Println("duplicate", prev, h == Hash([]byte(w)))
			continue
		}
		seen[h] = w
	}
	fmt.Println(len(seen))
}

package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("a", 55), strings.Repeat("a", 56), strings.Repeat("b", 64), strings.Repeat("xyz", 1000)}
	for _, s := range inputs {
		fmt.Printf("%x\n%x\n%x\n", sha256.Sum256([]byte(s)), md5.Sum([]byte(s)), sha1.Sum([]byte(s)))
	}
	h := sha256.New()
	io.WriteString(h, "The quick brown fox ")
	fmt.Printf("%x\n", h.Sum(nil))
	io.WriteString(h, "jumps over the lazy dog")
	fmt.Printf("%x %d %d\n", h.Sum([]byte("prefix")), h.Size(), h.BlockSize())
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil))
	m := md5.New()
	for i := 0; i < 100; i++ {
		fmt.Fprintf(m, "line %d\n", i)
	}
	fmt.Printf("%x %d %d\n", m.Sum(nil), m.Size(), m.BlockSize())
	s1 := sha1.New()
	s1.Write([]byte("hello"))
	fmt.Printf("%x %v %v\n", s1.Sum(nil), sha256.Size, md5.BlockSize)
}

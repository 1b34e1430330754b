// Embedding *flag.FlagSet, hash.Hash (an interface) and
// strings.Builder/bytes.Buffer by value used through fmt.Stringer.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"hash"
	"hash/fnv"
	"strings"
)

type flags struct {
	*flag.FlagSet
}

type hasher struct {
	hash.Hash
}

type sb struct {
	strings.Builder
}

type buf struct {
	bytes.Buffer
}

func main() {
	fs := flags{flag.NewFlagSet("x", flag.ContinueOnError)}
	n := fs.Int("n", 1, "count")
	fs.Parse([]string{"-n", "4"})
	fmt.Println(*n, fs.NArg())
	h := hasher{fnv.New32a()}
	h.Write([]byte("abc"))
	fmt.Println(h.Sum(nil))
	var s fmt.Stringer = &sb{}
	fmt.Println(s.String() == "")
	s = &buf{}
	fmt.Println(s.String() == "")
}

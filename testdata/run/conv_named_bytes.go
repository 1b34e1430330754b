package main

import (
	"fmt"
	"strings"
)

// string(x) of a slice of a defined byte or rune type: gc converts x to
// []byte / []rune first, and -m shows it: string(([]byte)(x)).

type Octet byte
type Glyph rune
type Packet []Octet

func (p Packet) String() string { return string(p) }

func decode[T ~[]Glyph](g T) string { return strings.ToUpper(string(g)) }

func main() {
	p := Packet{'h', 'i'}
	g := []Glyph{'g', 'o', 'π'}
	raw := []byte("ok")
	fmt.Println(p.String(), string(g), string(raw), decode(g))
	back := []Octet(p.String())
	fmt.Println(len(back), len([]Glyph("héllo")))
}

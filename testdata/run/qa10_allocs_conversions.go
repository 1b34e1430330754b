// Counting allocations with testing.AllocsPerRun: which conversions to
// interfaces, strings and byte slices allocate, and which do not.
package main

import (
	"fmt"
	"strconv"
	"testing"
)

type Pair struct{ A, B int }

var sinkI interface{}
var sinkS string
var sinkB []byte

func boxSmallInt()   { sinkI = 42 }
func boxBigInt()     { sinkI = 1000 + len(sinkS) }
func boxByte()       { sinkI = byte(200) }
func boxBool()       { sinkI = true }
func boxPair()       { sinkI = Pair{1, 2} }
func boxPtr()        { sinkI = &Pair{3, 4} }
func boxString()     { sinkI = sinkS }
func boxEmptyStruct() { sinkI = struct{}{} }

func bytesToString() {
	b := []byte("hello, world")
	sinkS = string(b)
}

func stringToBytesLocal() {
	b := []byte(sinkS)
	n := 0
	for _, c := range b {
		n += int(c)
	}
	_ = n
}

func stringToBytesEscape() { sinkB = []byte(sinkS) }

func concat2() { sinkS = sinkS[:1] + "x" }

func itoa() { sinkS = strconv.Itoa(123456) }

func compareBytes() {
	b := []byte{'a', 'b'}
	if string(b) == "ab" {
		sinkS = "eq"
	}
}

func mapLookupBytes(m map[string]int) func() {
	key := []byte("key")
	return func() {
		_ = m[string(key)]
	}
}

func runeConv() { sinkS = string(rune('a' + len(sinkS)%3)) }

func main() {
	sinkS = "abcdef"
	cases := []struct {
		name string
		f    func()
	}{
		{"small int", boxSmallInt},
		{"big int", boxBigInt},
		{"byte", boxByte},
		{"bool", boxBool},
		{"pair", boxPair},
		{"ptr", boxPtr},
		{"string", boxString},
		{"empty struct", boxEmptyStruct},
		{"bytes->string", bytesToString},
		{"string->bytes local", stringToBytesLocal},
		{"string->bytes escape", stringToBytesEscape},
		{"concat", concat2},
		{"itoa", itoa},
		{"compare bytes", compareBytes},
		{"map lookup", mapLookupBytes(map[string]int{"key": 1})},
		{"rune conv", runeConv},
	}
	for _, c := range cases {
		n := testing.AllocsPerRun(100, c.f)
		fmt.Printf("%-22s %v\n", c.name, n)
	}
}

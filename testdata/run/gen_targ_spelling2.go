package main

import (
	"fmt"
	"strings"
	"time"
	"unsafe"
)

// More type arguments as gc's link strings spell them in instance names:
// byte and rune are uint8 and int32 at any depth, other packages' types
// by path, unnamed structs and interfaces with their fields and methods.

type Box[T any] struct{ v T }

var sink interface{}

func main() {
	type local struct{ n int }
	sink = &Box[[]byte]{}
	sink = &Box[rune]{}
	sink = &Box[error]{}
	sink = &Box[map[rune]byte]{}
	sink = &Box[struct{ a int }]{}
	sink = &Box[*int]{}
	sink = &Box[[2]byte]{}
	sink = &Box[chan<- int]{}
	sink = &Box[func() error]{}
	sink = &Box[interface{ M() }]{}
	sink = &Box[unsafe.Pointer]{}
	sink = &Box[time.Duration]{}
	sink = &Box[fmt.Stringer]{}
	sink = &Box[local]{}
	sink = &Box[*strings.Builder]{}
	sink = &Box[struct {
		x byte `json:"x"`
		Y []rune
	}]{}
	sink = &Box[func(...int) (byte, error)]{}
	sink = &Box[<-chan []rune]{}
	fmt.Printf("%T\n", sink)
}

package main

import (
	"fmt"
	"math"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func (b ByteSize) String() string {
	switch {
	case b >= YB:
		return fmt.Sprintf("%.2fYB", b/YB)
	case b >= ZB:
		return fmt.Sprintf("%.2fZB", b/ZB)
	case b >= EB:
		return fmt.Sprintf("%.2fEB", b/EB)
	case b >= PB:
		return fmt.Sprintf("%.2fPB", b/PB)
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

type Flags uint

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
	FlagAll = FlagA | FlagB | FlagC | FlagD
)

func (f Flags) String() string {
	names := []string{"A", "B", "C", "D"}
	s := ""
	for i, n := range names {
		if f&(1<<i) != 0 {
			s += n
		}
	}
	if s == "" {
		return "0"
	}
	return s
}

const (
	a, b = iota, iota * 100
	c, d
	e, f = "e", iota
)

const huge = 1 << 100
const hugeShifted = huge >> 98
const third = 1.0 / 3
const exact = third * 3
const typedF float32 = 0.1
const str = "héllo"
const strLen = len(str)
const r = 'x' + 1
const big = math.MaxUint64 / 3
const mixed = 5 / 2 * 2.0
const mixed2 = 5.0 / 2 * 2
const cplx = (1 + 2i) * (3 - 1i)

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
	Error = Warn * 4
)

func main() {
	fmt.Println(KB, MB, GB, TB, PB, EB, ZB, YB)
	fmt.Println(ByteSize(1e13), ByteSize(1023), ByteSize(123456789))
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Println(FlagA, FlagB|FlagD, FlagAll, FlagAll&^FlagB, Flags(0), uint(FlagAll))
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(hugeShifted, exact == 1, third, float32(third), typedF, float64(typedF))
	fmt.Println(strLen, str[1:3], r, string(rune(r)), big, uint64(big))
	fmt.Println(mixed, mixed2, cplx, real(cplx), imag(cplx))
	fmt.Printf("%T %T %T %T %T %T\n", mixed, r, huge>>90, 'a'*2.0, 1<<3.0, cplx)
	fmt.Println(Debug, Info, Warn, Error)
	fmt.Printf("%T %v\n", Error, Error)
	const maxInt = int(^uint(0) >> 1)
	fmt.Println(maxInt == math.MaxInt, -maxInt-1 == math.MinInt)
	fmt.Println(math.Pi, float32(math.Pi), math.E, math.Sqrt2)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint16, math.MaxFloat32, math.SmallestNonzeroFloat32)
	const x = 10
	var y float64 = x / 4
	var z = x / 4
	var w = x / 4.0
	fmt.Println(y, z, w)
	const s1, s2 = "a" + "b", len("abc") * 2
	fmt.Println(s1, s2, s1 < "b", "Z" < "a")
	var arr [s2]int
	fmt.Println(len(arr), cap(arr[:2]))
	const shift = 3
	var n int64 = 1 << shift << shift
	fmt.Println(n, 1<<shift*2, 0x10p-2, 0b1_0000, 0o777, 1_000_000, 0x_FF)
	fmt.Println('a', 'a'+0i, "\u00e9" == "é", len("\xff"), "\101")
	fmt.Println(1e3, 1e100, 100000000.0, 1e20, 1e21, 123456789012345678.0, 0.000001, 0.0000001)
	fmt.Println(float32(1e10), float32(16777217), float32(0.1)+float32(0.2), 0.1+0.2)
	var ff float64 = 0.1
	fmt.Println(ff+0.2, ff*3, 1-0.9, float32(1)/3)
}

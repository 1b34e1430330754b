package main

import (
	"fmt"
	"strings"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
	All = Read | Write | Exec | Admin
)

var permNames = []struct {
	p    Perm
	name string
}{{Read, "read"}, {Write, "write"}, {Exec, "exec"}, {Admin, "admin"}}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, pn := range permNames {
		if p&pn.p != 0 {
			parts = append(parts, pn.name)
			p &^= pn.p
		}
	}
	if p != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint16(p)))
	}
	return strings.Join(parts, "|")
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
	numDays = iota
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

func (d Weekday) Next() Weekday { return (d + 1) % numDays }

const (
	a, b = iota * 10, iota + 100
	c, d
	e, f = "e", iota
)

type Level int8

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
	maxLevel = Error
)

const big = 1 << 100
const shifted = big >> 98

type Celsius float32

const Boiling Celsius = 100
const Freezing = Celsius(0)

func main() {
	fmt.Println(Read, Write, Exec, Admin, All, Perm(0), Perm(0x28))
	var p Perm = Read | Exec
	p |= Write
	p &^= Read
	fmt.Printf("%v %d %08b %T\n", p, p, p, p)
	fmt.Println(KB, MB, GB, TB, ByteSize(1536), ByteSize(3.5*float64(GB)), ByteSize(12))
	d0 := Saturday
	fmt.Println(d0, d0.Next(), Wednesday+2, numDays, Weekday(3))
	fmt.Printf("%v %d %T\n", Friday, Friday, numDays)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(Debug, Info, Warn, Error, maxLevel)
	fmt.Printf("%T %v\n", maxLevel, Level(-128))
	fmt.Println(shifted, big/(big>>3))
	fmt.Println(Boiling-Freezing, Boiling*9/5+32)
	fmt.Printf("%T %T\n", Freezing, shifted)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	var u8 uint8 = 255
	u8++
	var i8 int8 = -128
	i8--
	fmt.Println(u8, i8, ^uint32(0), -(-128))
	x := 7
	fmt.Println(x<<1, x>>1, -x>>1, uint(x)<<62, int8(x)<<5)
}

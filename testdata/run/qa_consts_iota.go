package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed"}[d]
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

func (f Flags) Has(x Flags) bool { return f&x != 0 }

const big = 1 << 100

func main() {
	fmt.Println(Sunday, Tuesday, Wednesday+0, int(Wednesday))
	fmt.Printf("%v %d %s\n", Monday, Monday, Monday)
	fmt.Println(KB, MB, GB)
	f := FlagRead | FlagExec
	fmt.Println(f, f.Has(FlagWrite), f.Has(FlagExec), f&^FlagRead)
	fmt.Println(big>>98, big/(1<<99))
	const typed int8 = 100
	x := typed
	x += 100
	fmt.Println(x)
	var u uint8 = 200
	u += 100
	fmt.Println(u, ^uint32(0), -(-128))
	const f1 = 1.0 / 3
	fmt.Println(f1, float32(f1))
	fmt.Println(len("héllo"), 7/2, -7/2, 7%-3, -7%3, 1<<3|1)
	var i8 int8 = -128
	fmt.Println(i8/-1, -i8)
}

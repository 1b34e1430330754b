package main

import "unsafe"

type T struct{ a int }

func (T) M() {}

func main() {
	var t T
	_ = unsafe.Offsetof(t)
	_ = unsafe.Offsetof(t.M)
	_ = unsafe.Sizeof(int)
}

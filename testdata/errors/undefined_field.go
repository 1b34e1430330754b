package main

import "strings"

type T struct{ name string }

func (T) Method() {}

func main() {
	var t T
	_ = t.Name
	t.method()
	_ = t.missing
	var b strings.Builder
	_ = b.buf
	_ = strings.NoSuch
	_ = T.x
}

package main

import "strings"

func main() {
	_ = strings.Builder{nil, nil}
	var b strings.Builder
	b.addr = nil
	_ = strings.Reader{}
}

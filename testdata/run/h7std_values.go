// Embedding standard value types with methods: fs.FileMode,
// *strconv.NumError, *time.ParseError, *base64.Encoding,
// unicode.SpecialCase, time.Month by pointer.
package main

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"time"
	"unicode"
)

type mode struct {
	fs.FileMode
}

type numErr struct {
	*strconv.NumError
}

type parseErr struct {
	*time.ParseError
}

type enc struct {
	*base64.Encoding
}

type special struct {
	unicode.SpecialCase
}

type monthP struct {
	*time.Month
}

type isDirer interface{ IsDir() bool }

func main() {
	var d isDirer = mode{fs.ModeDir | 0755}
	fmt.Println(d.IsDir(), mode{0644}.String())
	_, err := strconv.Atoi("x1")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		var e error = numErr{ne}
		fmt.Println(e, errors.Unwrap(numErr{ne}.NumError))
	}
	_, err = time.Parse("2006-01-02", "bad")
	var pe *time.ParseError
	if errors.As(err, &pe) {
		var e error = &parseErr{pe}
		fmt.Println(e)
	}
	en := enc{base64.StdEncoding}
	fmt.Println(en.EncodeToString([]byte("hi")), en.EncodedLen(5))
	sp := special{unicode.TurkishCase}
	fmt.Println(string(sp.ToUpper('i')))
	m := time.April
	var s fmt.Stringer = monthP{&m}
	fmt.Println(s.String())
}

package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd?>"} {
		fmt.Println(base64.StdEncoding.EncodeToString([]byte(s)), base64.URLEncoding.EncodeToString([]byte(s)), base64.RawStdEncoding.EncodeToString([]byte(s)), base64.RawURLEncoding.EncodeToString([]byte(s)))
	}
	for _, s := range []string{"Zm9vYmFy", "Zm9vYg==", "Zm9vYg", "Zm9v\nYmFy\r\n", "Zm9vYg=", "Zm9vY", "Zm9v!mFy", "Zm9vYg==x", "Zg==\n\n", "Z===", "Zh==", "", "=", "Zm9vYmFy\n"} {
		b, err := base64.StdEncoding.DecodeString(s)
		r, rerr := base64.RawStdEncoding.DecodeString(s)
		st, serr := base64.StdEncoding.Strict().DecodeString(s)
		fmt.Printf("%q -> %q %v | %q %v | %q %v\n", s, b, err, r, rerr, st, serr)
	}
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.RawStdEncoding.EncodedLen(10), base64.StdEncoding.DecodedLen(16), base64.RawURLEncoding.DecodedLen(14))
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	e := custom.EncodeToString([]byte("custom!"))
	d, err := custom.DecodeString(e)
	fmt.Println(e, string(d), err)

	var buf bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &buf)
	w.Write([]byte("stream"))
	w.Write([]byte("ing da"))
	w.Write([]byte("ta!"))
	w.Close()
	fmt.Println(buf.String())
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader(buf.String()))
	out, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", out, err)
	enc := base64.NewEncoder(base64.URLEncoding, os.Stdout)
	enc.Write([]byte{0xfb, 0xff, 0xbf, 0x01})
	enc.Close()
	fmt.Println()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		base64.NewEncoding("short")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		base64.StdEncoding.WithPadding('A')
	}()
	dst := make([]byte, 10)
	n, err := base64.StdEncoding.Decode(dst, []byte("YWJj!"))
	fmt.Println(n, err, dst[:n])
}

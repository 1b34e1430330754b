package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type rec struct {
	name string
	tags []string
}

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
}

func title(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLower(r) {
			return unicode.ToUpper(r)
		}
		return r
	}, s)
}

func encode(xs []uint32) []byte {
	buf := make([]byte, 4*len(xs))
	for i, x := range xs {
		binary.LittleEndian.PutUint32(buf[4*i:], x)
	}
	return buf
}

func decode(b []byte) (out []uint32) {
	for len(b) >= 4 {
		out = append(out, binary.BigEndian.Uint32(b))
		b = b[4:]
	}
	return
}

func quoteAll(xs []string) string {
	var b []byte
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, x)
	}
	return string(b)
}

func readLines(r io.Reader) ([]string, error) {
	sc := bufio.NewScanner(r)
	var lines []string
	for sc.Scan() {
		lines = append(lines, strings.TrimSpace(sc.Text()))
	}
	return lines, sc.Err()
}

func main() {
	w := words("Don't panic: it's only a test, a small one!")
	fmt.Println(len(w), w)
	fmt.Println(title("hello, wörld"), strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"))
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.TrimFunc("  x1  ", unicode.IsSpace), strings.Title("abc def"))
	b := encode([]uint32{1, 256, 1 << 20})
	fmt.Println(hex.EncodeToString(b), decode(b))
	fmt.Println(quoteAll([]string{"a\"b", "tab\t", "ü"}))
	lines, err := readLines(strings.NewReader(" one \ntwo\n  three"))
	fmt.Println(lines, err)
	fmt.Println(bytes.HasPrefix([]byte("golang"), []byte("go")), bytes.ToUpper([]byte("abc")), bytes.Fields([]byte(" a b  c ")))
	fmt.Println(math.Float64bits(1.5), math.Inf(1), math.NaN() == math.NaN(), math.Trunc(-2.7), math.Hypot(3, 4))
	fmt.Println(bits.OnesCount64(255), bits.LeadingZeros32(1), bits.Reverse8(1), bits.Len(1023))
	xs := []int{5, 2, 8, 1}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 5), sort.IsSorted(sort.IntSlice(xs)))
	fmt.Println(path.Join("a", "b/../c"), filepath.Base("/x/y.go"), filepath.Ext("f.tar.gz"), path.Clean("//a/./b/"))
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(r, size, utf8.RuneLen('€'), utf8.ValidString("a\xffb"), utf8.RuneCountInString("héllo"))
	n, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err)
	fmt.Println(strconv.FormatFloat(3.14159, 'g', 3, 64), strconv.Itoa(-45), strconv.QuoteRune('☺'))
	recs := []rec{{"b", []string{"x"}}, {"a", nil}}
	sort.Slice(recs, func(i, j int) bool { return recs[i].name < recs[j].name })
	fmt.Printf("%+v\n", recs)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%05.1f|%-4s|%x", 3.14159, "ab", 255)
	fmt.Println(sb.String(), sb.Len())
	wr := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(wr, "buffered", 1, 2)
	wr.Flush()
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.WriteByte('w')
	buf.Write([]byte("orld"))
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
}

// Streams: bufio readers and writers, custom scanner split functions, a
// too-long token, io helpers (TeeReader, MultiWriter, LimitReader,
// SectionReader, Pipe, CopyN) and fmt's scanning functions, on in-memory
// data and one temporary file.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// commaSplit is a bufio.SplitFunc for comma-separated fields with
// surrounding spaces trimmed.
func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	fmt.Println("== scanner splits")
	sc := bufio.NewScanner(strings.NewReader("alpha, beta,gamma ,  delta,,epsilon"))
	sc.Split(commaSplit)
	var fields []string
	for sc.Scan() {
		fields = append(fields, sc.Text())
	}
	fmt.Printf("%q\n", fields)

	sc = bufio.NewScanner(strings.NewReader("héllo wörld"))
	sc.Split(bufio.ScanRunes)
	n := 0
	for sc.Scan() {
		n++
		if utf8.RuneLen([]rune(sc.Text())[0]) > 1 {
			fmt.Print("[", sc.Text(), "]")
		}
	}
	fmt.Println(" runes:", n)

	sc = bufio.NewScanner(strings.NewReader("one two\tthree\n\nfour  "))
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
	}
	fmt.Println("words:", words)

	sc = bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("x", 100) + "\nafter\n"))
	sc.Buffer(make([]byte, 16), 32)
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	fmt.Println("err:", sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))

	sc = bufio.NewScanner(strings.NewReader("no newline at end\r\nwindows line\r\nlast"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	fmt.Println("== reader")
	br := bufio.NewReaderSize(strings.NewReader("first line\nsecond line\nthird"), 16)
	peek, err := br.Peek(5)
	fmt.Printf("peek %q %v buffered=%d\n", peek, err, br.Buffered())
	line, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, _ := br.ReadByte()
	br.UnreadByte()
	r, size, _ := br.ReadRune()
	fmt.Println(string(b), string(r), size)
	discarded, _ := br.Discard(6)
	rest, err := br.ReadBytes('\n')
	fmt.Printf("discarded %d, %q %v\n", discarded, rest, err)
	last, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", last, err)
	_, err = br.Peek(1)
	fmt.Println(err == io.EOF)

	lr := bufio.NewReaderSize(strings.NewReader(strings.Repeat("y", 40)+"\nz\n"), 16)
	for {
		l, isPrefix, err := lr.ReadLine()
		if err != nil {
			fmt.Println("ReadLine:", err)
			break
		}
		fmt.Printf("%d %v\n", len(l), isPrefix)
	}

	fmt.Println("== writer")
	var sink bytes.Buffer
	bw := bufio.NewWriterSize(&sink, 8)
	fmt.Println(bw.Available(), bw.Buffered(), bw.Size())
	bw.WriteString("abc")
	fmt.Println(bw.Available(), bw.Buffered(), sink.Len())
	bw.WriteString("defghij")
	fmt.Println(bw.Available(), bw.Buffered(), sink.Len())
	bw.WriteRune('π')
	bw.WriteByte('!')
	bw.Flush()
	fmt.Printf("%q %d\n", sink.String(), bw.Buffered())

	fmt.Println("== io helpers")
	var copyBuf, logBuf bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data"), &logBuf)
	io.Copy(&copyBuf, tee)
	fmt.Println(copyBuf.String(), "|", logBuf.String())
	var a, c bytes.Buffer
	mw := io.MultiWriter(&a, upperWriter{&c})
	fmt.Fprintf(mw, "to %d writers", 2)
	fmt.Println(a.String(), "|", c.String())
	limited, _ := io.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(string(limited))
	sec := io.NewSectionReader(strings.NewReader("0123456789"), 3, 5)
	sb, _ := io.ReadAll(sec)
	fmt.Println(string(sb), sec.Size())
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
	var dst bytes.Buffer
	k, err := io.CopyN(&dst, strings.NewReader("short"), 10)
	fmt.Println(k, err, dst.String())
	full := make([]byte, 8)
	k2, err := io.ReadFull(strings.NewReader("abc"), full)
	fmt.Println(k2, err)
	k3, err := io.ReadAtLeast(strings.NewReader("abcdef"), full, 4)
	fmt.Println(k3, err)

	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(w, "msg %d\n", i)
		}
		w.Flush()
		pw.CloseWithError(errors.New("producer done"))
	}()
	psc := bufio.NewScanner(pr)
	for psc.Scan() {
		fmt.Println("piped:", psc.Text())
	}
	fmt.Println("pipe err:", psc.Err())

	fmt.Println("== fmt scanning")
	var name string
	var age int
	var height float64
	cnt, err := fmt.Sscanf("alice 30 1.68", "%s %d %f", &name, &age, &height)
	fmt.Println(cnt, err, name, age, height)
	cnt, err = fmt.Sscanf("x=12,y=-7", "x=%d,y=%d", &age, &cnt)
	fmt.Println(cnt, err, age)
	var w1, w2 string
	cnt, err = fmt.Sscan("  hello \n world ", &w1, &w2)
	fmt.Println(cnt, err, w1, w2)
	cnt, err = fmt.Sscanf("abc", "%d", &age)
	fmt.Println(cnt, err)
	var x, y, z int
	cnt, err = fmt.Fscan(strings.NewReader("1 2"), &x, &y, &z)
	fmt.Println(cnt, err, x, y, z)
	cnt, err = fmt.Sscanln("5 6\n7", &x, &y)
	fmt.Println(cnt, err, x, y)

	fmt.Println("== files")
	dir, err := os.MkdirTemp("", "qa4-bufio-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "data.txt")
	f, err := os.Create(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fw := bufio.NewWriter(f)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(fw, "%d,%s\n", i, strings.Repeat("*", i))
	}
	fw.Flush()
	f.Close()
	data, err := os.ReadFile(path)
	fmt.Printf("%d bytes %v\n%s", len(data), err, data)
	info, err := os.Stat(path)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular(), err)
	err = os.WriteFile(filepath.Join(dir, "b.txt"), []byte("x"), 0o644)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println("entry", e.Name(), e.IsDir())
	}
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, os.ErrNotExist), strings.Replace(err.Error(), dir, "$DIR", 1))
}

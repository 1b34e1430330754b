package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path"
	"path/filepath"
	"strings"
)

type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

func main() {
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b)
	fmt.Fprint(mw, "both")
	fmt.Println(a.String(), b.String())
	tr := io.TeeReader(strings.NewReader("tee data"), &a)
	all, _ := io.ReadAll(tr)
	fmt.Println(string(all), a.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	all, _ = io.ReadAll(lr)
	fmt.Println(string(all))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	buf := make([]byte, 3)
	n, err := sr.ReadAt(buf, 3)
	fmt.Println(n, err, string(buf[:n]), sr.Size())
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd"))
	all, _ = io.ReadAll(mr)
	fmt.Println(string(all))
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.CloseWithError(errors.New("done writing"))
	}()
	all, err = io.ReadAll(pr)
	fmt.Println(string(all), err)
	io.Copy(os.Stdout, rot13{strings.NewReader("Uryyb, Tbcure!\n")})
	n2, err := io.CopyN(io.Discard, strings.NewReader("abc"), 5)
	fmt.Println(n2, err, err == io.EOF)
	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	_, err = io.ReadFull(strings.NewReader(""), make([]byte, 4))
	fmt.Println(err)
	rs := strings.NewReader("seekable")
	pos, _ := rs.Seek(-4, io.SeekEnd)
	rest, _ := io.ReadAll(rs)
	fmt.Println(pos, string(rest))
	_, err = rs.Seek(-100, io.SeekStart)
	fmt.Println(err)
	sc := bufio.NewScanner(strings.NewReader("a,b,,c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Print(sc.Text(), "|")
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
	}
	fmt.Println(sc.Err())
	br := bufio.NewReader(strings.NewReader("line1\nline2\nlast"))
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	_, err = os.ReadFile("/nonexistent/file.txt")
	fmt.Println(err)
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), errors.Is(err, os.ErrNotExist))
	_, err = os.Open("")
	fmt.Println(err)
	fmt.Println(filepath.Join("a", "b/../c", "/d"), filepath.Clean("a//b/./c/.."), filepath.Ext("x.tar.gz"), filepath.Base("/a/b/"), filepath.Dir("/a/b/c"))
	rel, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(rel, err)
	m, err := filepath.Match("*.go", "main.go")
	fmt.Println(m, err)
	m, err = path.Match("[", "x")
	fmt.Println(m, err)
	fmt.Println(path.Split("static/myfile.css"))
	fmt.Println(filepath.SplitList("/a:/b"), filepath.IsAbs("x"), path.Join("", ""), path.Clean(""))
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Float64(), r.Perm(5), r.Int63(), r.Uint32())
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r.NormFloat64(), r.ExpFloat64(), r.Int31n(10))
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Intn(1000))
}

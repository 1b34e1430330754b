package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := io.MultiReader(strings.NewReader("first "), strings.NewReader(""), strings.NewReader("second\n"), io.MultiReader(strings.NewReader("nested\n")))
	data, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", data, err)
	n, err := io.Copy(os.Stdout, io.MultiReader(strings.NewReader("copied "), strings.NewReader("via WriteTo\n")))
	fmt.Println(n, err)
	buf := make([]byte, 4)
	mr := io.MultiReader(strings.NewReader("abcdef"), strings.NewReader("gh"))
	for {
		n, err := mr.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	all, _ := io.ReadAll(sr)
	fmt.Printf("%q size=%d\n", all, sr.Size())
	pos, err := sr.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	b := make([]byte, 10)
	k, err := sr.Read(b)
	fmt.Printf("%d %q %v\n", k, b[:k], err)
	k, err = sr.ReadAt(b[:3], 3)
	fmt.Printf("%d %q %v\n", k, b[:k], err)
	_, err = sr.Seek(0, 7)
	fmt.Println(err)
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(err)

	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Flush()
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())

	pr, pw = io.Pipe()
	done := make(chan bool)
	go func() {
		n, err := pw.Write([]byte("hello world"))
		fmt.Println("write:", n, err)
		pw.CloseWithError(errors.New("producer failed"))
		done <- true
	}()
	small := make([]byte, 5)
	for {
		n, err := pr.Read(small)
		fmt.Printf("read %d %q %v\n", n, small[:n], err)
		if err != nil {
			break
		}
	}
	<-done

	pr, pw = io.Pipe()
	pr.Close()
	_, err = pw.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)
	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("reader gone"))
	_, err = pw.Write([]byte("x"))
	fmt.Println(err)
	pw.Close()
	_, err = pr.Read(small)
	fmt.Println(err)
}

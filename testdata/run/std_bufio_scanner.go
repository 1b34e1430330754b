package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func countWords(s string) int {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
	}
	return n
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha\nbeta\r\n\ngamma"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	fmt.Println("words:", countWords("  the quick\tbrown\n fox\u00a0jumps\u3000over "))

	rs := bufio.NewScanner(strings.NewReader("héllo, 世界\xff!"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()

	bs := bufio.NewScanner(bytes.NewBufferString("abc"))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Print(bs.Bytes(), " ")
	}
	fmt.Println()

	// a token longer than the maximum
	long := strings.Repeat("x", 100) + "\nshort\n"
	ls := bufio.NewScanner(strings.NewReader(long))
	ls.Buffer(make([]byte, 10), 50)
	for ls.Scan() {
		fmt.Println("token", ls.Text())
	}
	fmt.Println("err:", ls.Err(), ls.Err() == bufio.ErrTooLong)

	// a big buffer lets it through
	ls = bufio.NewScanner(strings.NewReader(long))
	ls.Buffer(make([]byte, 10), 200)
	for ls.Scan() {
		fmt.Println("len", len(ls.Text()))
	}
	fmt.Println("err:", ls.Err())

	// a line bigger than the default 64 KiB
	huge := strings.Repeat("y", bufio.MaxScanTokenSize+10)
	hs := bufio.NewScanner(strings.NewReader(huge))
	fmt.Println(hs.Scan(), hs.Err())

	// a custom split function: comma-separated values with ErrFinalToken
	cs := bufio.NewScanner(strings.NewReader("1,2,3,STOP,4,5"))
	cs.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i := 0; i < len(data); i++ {
			if data[i] == ',' {
				if string(data[:i]) == "STOP" {
					return i + 1, data[:i], bufio.ErrFinalToken
				}
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		if len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for cs.Scan() {
		fmt.Print(cs.Text(), ";")
	}
	fmt.Println(" err:", cs.Err())

	// a split function returning an error
	es := bufio.NewScanner(strings.NewReader("ok bad ok"))
	es.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "bad" {
			return 0, nil, fmt.Errorf("bad token at %d", adv)
		}
		return adv, tok, err
	})
	for es.Scan() {
		fmt.Println("tok", es.Text())
	}
	fmt.Println("err:", es.Err())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(strings.NewReader("a"))
		s.Scan()
		s.Split(bufio.ScanRunes)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(strings.NewReader("a"))
		s.Scan()
		s.Buffer(nil, 10)
	}()
	fmt.Println(bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrFinalToken)
}

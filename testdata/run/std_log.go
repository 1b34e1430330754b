package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.Print("to stderr", 1, 2)
	log.Printf("formatted %d %q", 42, "x")
	log.Println("line", "two")
	log.SetPrefix("app: ")
	log.Print("with prefix\n")
	log.SetFlags(log.Lmsgprefix)
	log.Print("msgprefix")
	fmt.Println(log.Flags(), log.Prefix(), log.Writer() == os.Stderr)

	var buf bytes.Buffer
	l := log.New(&buf, "[x] ", 0)
	l.Println("a", 1)
	l.Printf("b=%v", []int{1, 2})
	l.SetPrefix("[y] ")
	l.Print()
	fmt.Print(buf.String())

	l2 := log.New(os.Stdout, "short ", log.Lshortfile)
	l2.Println("where am I")
	l2.SetFlags(log.Ldate | log.Ltime | log.Lmicroseconds | log.LUTC)
	buf.Reset()
	l2.SetOutput(&buf)
	l2.Print("timed")
	s := buf.String()
	fmt.Println(len(s), strings.HasPrefix(s, "short "), strings.HasSuffix(s, " timed\n"), s[10] == '/', s[13] == '/', s[19] == ':')
	l3 := log.New(io.Discard, "", 0)
	l3.Println("dropped")
	fmt.Println(l3.Writer() == io.Discard, log.Default() != nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.SetOutput(os.Stdout)
		l.Panicf("boom %d", 7)
	}()
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("")
	log.Fatalln("fatal", "end")
}

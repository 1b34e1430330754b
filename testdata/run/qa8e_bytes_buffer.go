package main

import (
	"bytes"
	"fmt"
	"strings"
)

type Table struct {
	headers []string
	rows    [][]string
}

func (t *Table) AddRow(cells ...string) { t.rows = append(t.rows, cells) }

func (t *Table) Render() string {
	widths := make([]int, len(t.headers))
	for i, h := range t.headers {
		widths[i] = len(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	var b bytes.Buffer
	line := func(cells []string) {
		b.WriteByte('|')
		for i, c := range cells {
			b.WriteString(" ")
			b.WriteString(c)
			b.WriteString(strings.Repeat(" ", widths[i]-len(c)))
			b.WriteString(" |")
		}
		b.WriteByte('\n')
	}
	line(t.headers)
	b.WriteByte('+')
	for _, w := range widths {
		b.Write(bytes.Repeat([]byte("-"), w+2))
		b.WriteRune('+')
	}
	b.WriteString("\n")
	for _, r := range t.rows {
		line(r)
	}
	return b.String()
}

func main() {
	t := &Table{headers: []string{"lang", "year", "typing"}}
	t.AddRow("Go", "2009", "static")
	t.AddRow("Python", "1991", "dynamic")
	t.AddRow("C", "1972", "static")
	fmt.Print(t.Render())

	data := []byte("key1=value1;key2=value2;;key3=")
	for _, part := range bytes.Split(data, []byte(";")) {
		if len(part) == 0 {
			fmt.Println("(empty)")
			continue
		}
		kv := bytes.SplitN(part, []byte("="), 2)
		fmt.Printf("%s -> %q\n", kv[0], kv[1])
	}
	fmt.Println(bytes.Contains(data, []byte("key2")), bytes.Index(data, []byte("value")), bytes.Count(data, []byte("=")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(data, []byte("key")))
	up := bytes.ToUpper([]byte("mixed Case"))
	fmt.Printf("%s %s\n", up, bytes.TrimSpace([]byte("  pad  ")))
	fields := bytes.Fields([]byte("  one two\tthree\n"))
	fmt.Println(len(fields), string(bytes.Join(fields, []byte("+"))))
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%d-%s", 7, "seven")
	buf.WriteString("!")
	fmt.Println(buf.Len(), buf.String())
	b3 := make([]byte, 3)
	n, _ := buf.Read(b3)
	fmt.Println(n, string(b3), buf.String())
	c, _ := buf.ReadByte()
	fmt.Printf("%c %s\n", c, buf.Bytes())
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	fmt.Println(string(bytes.ReplaceAll([]byte("a-b-c"), []byte("-"), []byte("::"))), string(bytes.Title([]byte("go lang"))))
	fmt.Println(bytes.IndexByte([]byte("hello"), 'l'), bytes.LastIndex([]byte("hello"), []byte("l")), string(bytes.TrimLeft([]byte("xxhixx"), "x")), string(bytes.TrimSuffix([]byte("file.go"), []byte(".go"))))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%d^2=%d", i, i*i)
	}
	fmt.Println(sb.String(), sb.Len())
}

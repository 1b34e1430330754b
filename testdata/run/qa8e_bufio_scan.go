package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

const logData = `2023-01-05 INFO  server started port=8080
2023-01-05 WARN  disk usage 85%
2023-01-05 ERROR request failed path=/api/users code=500
2023-01-06 INFO  request ok path=/api/items
2023-01-06 ERROR request failed path=/api/items code=503

2023-01-07 DEBUG cache miss key=u:42
2023-01-07 ERROR timeout path=/api/users
`

type Entry struct {
	Date, Level, Msg string
	Fields           map[string]string
}

func parseLine(line string) (Entry, bool) {
	f := strings.Fields(line)
	if len(f) < 3 {
		return Entry{}, false
	}
	e := Entry{Date: f[0], Level: f[1], Fields: map[string]string{}}
	var msg []string
	for _, w := range f[2:] {
		if k, v, ok := strings.Cut(w, "="); ok {
			e.Fields[k] = v
		} else {
			msg = append(msg, w)
		}
	}
	e.Msg = strings.Join(msg, " ")
	return e, true
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(logData))
	levels := map[string]int{}
	paths := map[string][]string{}
	lineNo := 0
	for sc.Scan() {
		lineNo++
		e, ok := parseLine(sc.Text())
		if !ok {
			fmt.Printf("line %d: skipped %q\n", lineNo, sc.Text())
			continue
		}
		levels[e.Level]++
		if p, ok := e.Fields["path"]; ok && e.Level == "ERROR" {
			paths[p] = append(paths[p], e.Date+":"+e.Fields["code"])
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("scan error:", err)
	}
	keys := make([]string, 0, len(levels))
	for k := range levels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-5s %d\n", k, levels[k])
	}
	pk := make([]string, 0, len(paths))
	for p := range paths {
		pk = append(pk, p)
	}
	sort.Strings(pk)
	for _, p := range pk {
		fmt.Println(p, paths[p])
	}

	ws := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print("[", ws.Text(), "]")
	}
	fmt.Println(n)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d bytes? ", w.Buffered())
	w.WriteString("yes\n")
	fmt.Println("(before flush)")
	w.Flush()

	r := bufio.NewReader(strings.NewReader("alpha\nbeta\ngamma"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	data, _ := io.ReadAll(strings.NewReader("read all of this"))
	fmt.Println(len(data), string(data[5:8]))
	var sb strings.Builder
	nc, _ := io.Copy(&sb, io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(nc, sb.String())
}

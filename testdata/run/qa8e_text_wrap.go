package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"os"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		if curLen > 0 && curLen+1+len(w) > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, curLen = nil, 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	if len(s) >= width {
		return s
	}
	left := (width - len(s)) / 2
	return fmt.Sprintf("%*s%s%*s", left, "", s, width-len(s)-left, "")
}

const para = `Go is an open source programming language that makes it simple to build secure, scalable systems. It was designed at Google by Robert Griesemer, Rob Pike, and Ken Thompson.`

func main() {
	lines := wrap(para, 32)
	fmt.Println("+" + strings.Repeat("-", 34) + "+")
	for i, l := range lines {
		if i < len(lines)-1 {
			l = justify(l, 32)
		}
		fmt.Printf("| %-32s |\n", l)
	}
	fmt.Println("+" + strings.Repeat("-", 34) + "+")
	fmt.Printf("[%s]\n", center("title", 15))
	fmt.Printf("[%s]\n", center("a longer title!", 10))
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tSIZE\tKIND")
	fmt.Fprintln(tw, "main.go\t1200\tsource")
	fmt.Fprintln(tw, "README\t45\tdoc")
	fmt.Fprintln(tw, "gosub-binary\t9000000\texecutable")
	tw.Flush()
	tw2 := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintf(tw2, "a\tbbb\tc\n")
	fmt.Fprintf(tw2, "aaaa\tb\tccccc\n")
	tw2.Flush()
	fmt.Println(strings.Fields(" a  b "), len(strings.Split("a,b,,c", ",")), strings.SplitN("k=v=w", "=", 2), strings.SplitAfter("a.b.c", "."))
	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println(before, after, found, strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimRight("xx--", "-"))
}

package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Reads a header line with a count, then that many lines of numbers, then
// words until EOF: the usual competitive-programming input shape.
func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	head, err := in.ReadString('\n')
	if err != nil {
		fmt.Fprintln(os.Stderr, "read:", err)
		os.Exit(1)
	}
	n, _ := strconv.Atoi(strings.TrimSpace(head))
	total := 0
	for i := 0; i < n; i++ {
		line, _ := in.ReadString('\n')
		for _, f := range strings.Fields(line) {
			v, err := strconv.Atoi(f)
			if err != nil {
				fmt.Fprintln(out, "bad:", err)
				continue
			}
			total += v
		}
	}
	fmt.Fprintln(out, "total", total)

	sc := bufio.NewScanner(in)
	sc.Split(bufio.ScanWords)
	words := 0
	longest := ""
	for sc.Scan() {
		words++
		if len(sc.Text()) > len(longest) {
			longest = sc.Text()
		}
	}
	fmt.Fprintln(out, "words", words, "longest", longest, "err", sc.Err())
}

// Embedding *tabwriter.Writer and tabwriter.Writer.
package main

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"
)

type table struct {
	*tabwriter.Writer
}

type tableV struct {
	tabwriter.Writer
}

func main() {
	t := table{tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)}
	var w io.Writer = t
	fmt.Fprintln(w, "a\tb")
	t.Flush()
	w = &tableV{}
	_ = w
}

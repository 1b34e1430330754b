package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "NAME\tSIZE\tKIND\t")
	fmt.Fprintln(w, "alpha\t12\tfile\t")
	fmt.Fprintln(w, "beta-longer-name\t3456\tdirectory\t")
	fmt.Fprintln(w, "γάμμα\t7\tlink\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbb\tc")
	fmt.Fprintln(w, "x\ty")
	fmt.Fprintln(w, "single line")
	fmt.Fprintln(w, "1\t22\t333\t4444")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 0, '\t', 0)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	fmt.Fprint(w, "\tindented\n\t\tmore\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.TabIndent)
	fmt.Fprint(w, "a\v\vb\n")
	fmt.Fprint(w, "cc\v\vdd\n")
	fmt.Fprint(w, "\tx\ty\n\fafter\tff\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\tplain\t")
	fmt.Fprintln(w, "x\t\xffesc\taped\xff\ty\t")
	fmt.Fprint(w, "no newline at end\tz")
	w.Flush()
	fmt.Println()

	var sb strings.Builder
	tw := tabwriter.NewWriter(&sb, 0, 8, 2, ' ', 0)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(tw, "%d\t%s\t%v\n", i, strings.Repeat("#", i*3), i%2 == 0)
	}
	tw.Flush()
	fmt.Print(sb.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 0, 0, ' ', 0)
	}()
}

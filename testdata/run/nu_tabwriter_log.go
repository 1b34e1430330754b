// Reports with text/tabwriter and diagnostics with the log package, the
// way command-line tools print them: aligned columns (padding, alignment
// right, AlignRight|Debug), a log.Logger with a prefix and no timestamp
// writing to stdout, log.Printf/Println, and a fatal-free error summary.
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
	"text/tabwriter"
)

type Process struct {
	PID    int
	Name   string
	CPU    float64
	MemMB  int
	State  string
	Thread int
}

var procs = []Process{
	{1, "init", 0.0, 12, "S", 1},
	{412, "postgres", 12.5, 512, "R", 18},
	{977, "go-build-server", 3.25, 2048, "S", 42},
	{1203, "sh", 0, 2, "Z", 1},
	{31337, "nginx: worker", 45.0, 128, "R", 4},
}

func table(flags uint, padchar byte) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 8, 2, padchar, flags)
	fmt.Fprintln(w, "PID\tNAME\tCPU%\tMEM(MB)\tSTATE\tTHREADS\t")
	for _, p := range procs {
		fmt.Fprintf(w, "%d\t%s\t%.1f\t%d\t%s\t%d\t\n", p.PID, p.Name, p.CPU, p.MemMB, p.State, p.Thread)
	}
	w.Flush()
	return b.String()
}

type validationError struct {
	field string
	msg   string
}

func (v validationError) Error() string { return v.field + ": " + v.msg }

func validate(p Process) error {
	var errs []string
	if p.CPU > 40 {
		errs = append(errs, validationError{"cpu", fmt.Sprintf("%.1f%% is high", p.CPU)}.Error())
	}
	if p.MemMB > 1024 {
		errs = append(errs, validationError{"mem", fmt.Sprintf("%d MB is high", p.MemMB)}.Error())
	}
	if p.State == "Z" {
		return fmt.Errorf("pid %d: %w", p.PID, errors.New("zombie process"))
	}
	if len(errs) > 0 {
		return fmt.Errorf("pid %d: %s", p.PID, strings.Join(errs, "; "))
	}
	return nil
}

func main() {
	fmt.Print(table(0, ' '))
	fmt.Print(table(tabwriter.AlignRight, ' '))
	fmt.Print(table(tabwriter.Debug, '.'))

	logger := log.New(os.Stdout, "[check] ", 0)
	bad := 0
	for _, p := range procs {
		if err := validate(p); err != nil {
			bad++
			logger.Printf("problem: %v", err)
			continue
		}
		logger.Println("ok:", p.Name)
	}
	logger.SetPrefix("[summary] ")
	logger.Printf("%d of %d processes need attention", bad, len(procs))
	fmt.Println(logger.Prefix(), logger.Flags())

	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lmsgprefix)
	log.SetPrefix("global: ")
	log.Print("standard logger", " without", " timestamps")
	log.Printf("flags=%d prefix=%q", log.Flags(), log.Prefix())

	var sb strings.Builder
	tw := tabwriter.NewWriter(&sb, 5, 0, 1, '-', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "a\tbbb\tcc\t")
	fmt.Fprintln(tw, "aaaa\tb\tc\t")
	fmt.Fprintln(tw, "\t\t\t")
	tw.Flush()
	fmt.Print(sb.String())
	tw2 := tabwriter.NewWriter(os.Stdout, 0, 4, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintln(tw2, "key\tvalue")
	fmt.Fprintln(tw2, "a-much-longer-key\tv2")
	fmt.Fprintln(tw2, "\tindented")
	tw2.Flush()
}

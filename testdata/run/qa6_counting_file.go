// Counting what is written to a file by embedding *os.File: the wrapper
// type keeps every *os.File method (Name, Sync, Seek...) and overrides
// Write; used through io.Writer and io.StringWriter.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type countingFile struct {
	*os.File
	bytes  int
	writes int
}

func (c *countingFile) Write(p []byte) (int, error) {
	c.writes++
	c.bytes += len(p)
	return c.File.Write(p)
}

func (c *countingFile) WriteString(s string) (int, error) {
	return c.Write([]byte(s))
}

func report(w io.Writer, items []string) error {
	for i, it := range items {
		if _, err := fmt.Fprintf(w, "%d) %s\n", i+1, it); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	cf := &countingFile{File: os.Stdout}
	if err := report(cf, []string{"alpha", "beta", "gamma"}); err != nil {
		fmt.Println("error:", err)
	}
	var sw io.StringWriter = cf
	sw.WriteString(strings.Repeat("-", 10) + "\n")
	io.WriteString(cf, "done\n")
	fmt.Println(cf.writes, "writes,", cf.bytes, "bytes to", cf.Name())
}

// A table printer that embeds *tabwriter.Writer and adds typed rows;
// memory stats rows are kept in a slice of structs sorted by size, and
// the printer is handed around as an io.Writer.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"unsafe"
)

type Table struct {
	*tabwriter.Writer
	cols int
	rows int
}

func NewTable(w io.Writer, headers ...string) *Table {
	t := &Table{Writer: tabwriter.NewWriter(w, 0, 8, 2, ' ', tabwriter.AlignRight), cols: len(headers)}
	t.Row(headers...)
	return t
}

func (t *Table) Row(cells ...string) {
	io.WriteString(t, strings.Join(cells, "\t")+"\t\n")
	t.rows++
}

type typeInfo struct {
	name  string
	size  uintptr
	align uintptr
}

type small struct {
	a byte
	b int16
}

type mixed struct {
	flag  bool
	count int64
	tag   byte
	ratio float32
}

type packed struct {
	count int64
	ratio float32
	flag  bool
	tag   byte
}

func infos() []typeInfo {
	list := []typeInfo{
		{"mixed", unsafe.Sizeof(mixed{}), unsafe.Alignof(mixed{})},
		{"small", unsafe.Sizeof(small{}), unsafe.Alignof(small{})},
		{"packed", unsafe.Sizeof(packed{}), unsafe.Alignof(packed{})},
		{"string", unsafe.Sizeof(""), unsafe.Alignof("")},
		{"[]int", unsafe.Sizeof([]int(nil)), unsafe.Alignof([]int(nil))},
		{"any", unsafe.Sizeof(any(nil)), unsafe.Alignof(any(nil))},
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].size != list[j].size {
			return list[i].size < list[j].size
		}
		return list[i].name < list[j].name
	})
	return list
}

func main() {
	t := NewTable(os.Stdout, "type", "size", "align", "per 1k")
	for _, ti := range infos() {
		t.Row(ti.name, fmt.Sprint(ti.size), fmt.Sprint(ti.align), fmt.Sprint(ti.size*1000))
	}
	var w io.Writer = t
	fmt.Fprintf(w, "rows\t%d\t\t\t\n", t.rows)
	if err := t.Flush(); err != nil {
		fmt.Println("flush:", err)
	}
	fmt.Println(t.cols, "columns")
}

// Building a text report without waste: strings.Builder with Grow,
// strconv.Append* into a reused scratch slice, fmt.Fprintf into a
// Builder, a bytes.Buffer table, and preallocated slices sized up front.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

type Report struct {
	title   string
	rows    []Row
	scratch []byte
}

func NewReport(title string, capacity int) *Report {
	return &Report{title: title, rows: make([]Row, 0, capacity), scratch: make([]byte, 0, 32)}
}

func (r *Report) Add(name string, qty int, price float64, tags ...string) {
	r.rows = append(r.rows, Row{Name: name, Qty: qty, Price: price, Tags: tags})
}

func (r *Report) money(v float64) string {
	r.scratch = strconv.AppendFloat(r.scratch[:0], v, 'f', 2, 64)
	return string(r.scratch)
}

func (r *Report) Render() string {
	var sb strings.Builder
	sb.Grow(64 * (len(r.rows) + 2))
	sb.WriteString(r.title)
	sb.WriteByte('\n')
	sb.WriteString(strings.Repeat("=", len(r.title)))
	sb.WriteByte('\n')
	total := 0.0
	for i, row := range r.rows {
		line := float64(row.Qty) * row.Price
		total += line
		fmt.Fprintf(&sb, "%2d. %-8s %3d x %6s = %8s", i+1, row.Name, row.Qty, r.money(row.Price), r.money(line))
		if len(row.Tags) > 0 {
			sb.WriteString(" [")
			sb.WriteString(strings.Join(row.Tags, "|"))
			sb.WriteByte(']')
		}
		sb.WriteByte('\n')
	}
	sb.WriteString("total ")
	sb.WriteString(r.money(total))
	return sb.String()
}

func csv(rows []Row) []byte {
	var buf bytes.Buffer
	buf.WriteString("name,qty,price\n")
	num := make([]byte, 0, 24)
	for _, row := range rows {
		buf.WriteString(row.Name)
		buf.WriteByte(',')
		num = strconv.AppendInt(num[:0], int64(row.Qty), 10)
		buf.Write(num)
		buf.WriteByte(',')
		num = strconv.AppendFloat(num[:0], row.Price, 'g', -1, 64)
		buf.Write(num)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

func names(rows []Row) []string {
	out := make([]string, len(rows))
	for i := range rows {
		out[i] = strings.ToUpper(rows[i].Name[:1]) + rows[i].Name[1:]
	}
	return out
}

func main() {
	r := NewReport("Weekly order", 4)
	r.Add("bolts", 120, 0.05, "metal", "small")
	r.Add("nuts", 80, 0.04)
	r.Add("washers", 200, 0.01, "bulk")
	r.Add("brackets", 6, 2.5)
	fmt.Println(r.Render())
	fmt.Print(string(csv(r.rows)))
	fmt.Println(names(r.rows), cap(r.rows), len(r.scratch) <= cap(r.scratch))
	quoted := strconv.AppendQuote([]byte("name="), "x\ty")
	fmt.Println(string(quoted), strconv.Quote("héllo"))
}

package main

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

type Summary struct {
	Key     string
	Units   int
	Revenue float64
	Count   int
}

type byRevenue []*Summary

func (s byRevenue) Len() int      { return len(s) }
func (s byRevenue) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byRevenue) Less(i, j int) bool {
	if s[i].Revenue != s[j].Revenue {
		return s[i].Revenue > s[j].Revenue
	}
	return s[i].Key < s[j].Key
}

const csvData = `region,product,units,price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,7,9.50
east,widget,12,2.25
west,doohickey,1,99.99
south,widget,8,2.50
east,gadget,2,11.00
north,doohickey,2,95.00
west,widget,bad,2.50
south,doohickey,4,90.00
`

type ParseError struct {
	Line int
	Err  error
}

func (e ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }

func parse(data string) ([]Sale, []error) {
	var sales []Sale
	var errs []error
	lines := strings.Split(strings.TrimSpace(data), "\n")
	for i, ln := range lines[1:] {
		f := strings.Split(ln, ",")
		if len(f) != 4 {
			errs = append(errs, ParseError{i + 2, fmt.Errorf("want 4 fields, got %d", len(f))})
			continue
		}
		u, err := strconv.Atoi(f[2])
		if err != nil {
			errs = append(errs, ParseError{i + 2, err})
			continue
		}
		p, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			errs = append(errs, ParseError{i + 2, err})
			continue
		}
		sales = append(sales, Sale{f[0], f[1], u, p})
	}
	return sales, errs
}

func groupBy(sales []Sale, key func(Sale) string) []*Summary {
	m := make(map[string]*Summary)
	for _, s := range sales {
		k := key(s)
		sum, ok := m[k]
		if !ok {
			sum = &Summary{Key: k}
			m[k] = sum
		}
		sum.Units += s.Units
		sum.Revenue += float64(s.Units) * s.Price
		sum.Count++
	}
	out := make([]*Summary, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	sort.Sort(byRevenue(out))
	return out
}

func bar(v, max float64, width int) string {
	n := int(v / max * float64(width))
	return strings.Repeat("#", n) + strings.Repeat(" ", width-n)
}

func render(title string, rows []*Summary) string {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "== %s ==\n", strings.ToUpper(title))
	tw := tabwriter.NewWriter(&buf, 0, 4, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "key\tunits\trevenue\tn\t")
	var max float64
	for _, r := range rows {
		if r.Revenue > max {
			max = r.Revenue
		}
	}
	total := 0.0
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%d\t|%s|\n", r.Key, r.Units, r.Revenue, r.Count, bar(r.Revenue, max, 12))
		total += r.Revenue
	}
	tw.Flush()
	buf.WriteString("total: " + strconv.FormatFloat(total, 'f', 2, 64) + "\n")
	return buf.String()
}

func topN(rows []*Summary, n int) []string {
	if n > len(rows) {
		n = len(rows)
	}
	names := make([]string, n)
	for i := range names {
		names[i] = rows[i].Key
	}
	return names
}

func main() {
	sales, errs := parse(csvData)
	for _, e := range errs {
		fmt.Fprintln(os.Stderr, "skip:", e)
	}
	byRegion := groupBy(sales, func(s Sale) string { return s.Region })
	byProduct := groupBy(sales, func(s Sale) string { return s.Product })
	fmt.Print(render("by region", byRegion))
	fmt.Print(render("by product", byProduct))
	fmt.Println("top2 regions:", strings.Join(topN(byRegion, 2), ", "))
	sort.SliceStable(sales, func(i, j int) bool { return sales[i].Units > sales[j].Units })
	var sb strings.Builder
	for i, s := range sales {
		if i > 0 {
			sb.WriteString(" ")
		}
		sb.WriteString(s.Region[:1] + s.Product[:1] + strconv.Itoa(s.Units))
	}
	fmt.Println(sb.String(), sb.Len())
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs[:3])
	if len(errs) > 0 {
		os.Exit(3)
	}
}

package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

type Item struct {
	SKU      string
	Name     string
	Category string
	Qty      int
	Price    float64
	Added    time.Time
}

type byCategoryThenValue []Item

func (s byCategoryThenValue) Len() int      { return len(s) }
func (s byCategoryThenValue) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byCategoryThenValue) Less(i, j int) bool {
	if s[i].Category != s[j].Category {
		return s[i].Category < s[j].Category
	}
	vi, vj := float64(s[i].Qty)*s[i].Price, float64(s[j].Qty)*s[j].Price
	if vi != vj {
		return vi > vj
	}
	return s[i].SKU < s[j].SKU
}

const feed = `# sku|name|category|qty|price|added
A-100|Widget|tools|10|2.50|2023-03-01
A-101|Gadget|tools|3|19.99|2023-02-14
B-200|Apple|food|120|0.35|2023-03-10
B-201|Bread|food|8|3.10|2023-03-09
C-300|Cable|electronics|25|4.00|2023-01-30
C-301|Charger|electronics|0|15.00|2022-12-24
X-999|Broken|misc|many|1.00|2023-01-01
Y-000|NoDate|misc|1|1.00|yesterday
A-102|Hammer|tools|5|5.00|2023-03-01
`

func parse(line string) (Item, error) {
	f := strings.Split(line, "|")
	if len(f) != 6 {
		return Item{}, fmt.Errorf("want 6 fields, got %d", len(f))
	}
	qty, err := strconv.Atoi(f[3])
	if err != nil {
		return Item{}, fmt.Errorf("qty: %w", err)
	}
	price, err := strconv.ParseFloat(f[4], 64)
	if err != nil {
		return Item{}, fmt.Errorf("price: %w", err)
	}
	added, err := time.Parse("2006-01-02", f[5])
	if err != nil {
		return Item{}, fmt.Errorf("added: %w", err)
	}
	return Item{f[0], f[1], f[2], qty, price, added}, nil
}

func main() {
	var items []Item
	sc := bufio.NewScanner(strings.NewReader(feed))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		it, err := parse(line)
		if err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			continue
		}
		items = append(items, it)
	}
	sort.Sort(byCategoryThenValue(items))
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "SKU\tName\tQty\tPrice\tValue\tAdded\t")
	for _, it := range items {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t%.2f\t%s\t\n", it.SKU, it.Name, it.Qty, it.Price, float64(it.Qty)*it.Price, it.Added.Format("Jan 2, 2006"))
	}
	tw.Flush()

	byCat := map[string][]string{}
	for _, it := range items {
		byCat[it.Category] = append(byCat[it.Category], it.Name)
	}
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	w := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	for _, c := range cats {
		fmt.Fprintf(w, "%s\t%d\t%s\n", c, len(byCat[c]), strings.Join(byCat[c], ","))
	}
	w.Flush()

	stable := append([]Item(nil), items...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Added.Before(stable[j].Added) })
	for _, it := range stable {
		fmt.Print(it.SKU, "@", it.Added.Format("01/02"), " ")
	}
	fmt.Println()
	oldest, newest := stable[0].Added, stable[len(stable)-1].Added
	d := newest.Sub(oldest)
	fmt.Println(d, d.Hours()/24, oldest.Weekday(), newest.YearDay(), oldest.AddDate(0, 1, 10).Format(time.RFC3339))
	prices := make([]float64, len(items))
	for i, it := range items {
		prices[i] = it.Price
	}
	sort.Float64s(prices)
	fmt.Println(prices, sort.SearchFloat64s(prices, 4), sort.SearchFloat64s(prices, 100))
	qs := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(qs, 6), sort.Search(len(qs), func(i int) bool { return qs[i] >= 9 }))
	var out []Item
	for _, it := range items {
		if it.Qty == 0 {
			out = append(out, it)
		}
	}
	fmt.Printf("out of stock: %d %q\n", len(out), out[0].Name)
	fmt.Println(time.Duration(90)*time.Minute, time.Duration(1500)*time.Microsecond, time.Duration(0), -2*time.Second)
}

// A unit converter and number formatter: strconv parsing with bases
// and bit sizes, range errors, float formatting verbs, fmt.Sscanf, a
// strings.Replacer for unit aliases and time values.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Unit struct {
	Name   string
	Factor float64 // to SI
	Dim    string
}

var units = map[string]Unit{
	"m":  {"m", 1, "length"},
	"km": {"km", 1000, "length"},
	"mi": {"mi", 1609.344, "length"},
	"ft": {"ft", 0.3048, "length"},
	"g":  {"g", 0.001, "mass"},
	"kg": {"kg", 1, "mass"},
	"lb": {"lb", 0.45359237, "mass"},
}

var aliases = strings.NewReplacer("miles", "mi", "mile", "mi", "feet", "ft", "foot", "ft", "pounds", "lb", "kilometers", "km")

func Convert(q string) (string, error) {
	q = aliases.Replace(strings.ToLower(q))
	var v float64
	var from, to string
	if n, err := fmt.Sscanf(q, "%g %s to %s", &v, &from, &to); err != nil {
		return "", fmt.Errorf("parse %q (%d items): %w", q, n, err)
	}
	uf, ok1 := units[from]
	ut, ok2 := units[to]
	if !ok1 || !ok2 {
		return "", fmt.Errorf("unknown unit in %q", q)
	}
	if uf.Dim != ut.Dim {
		return "", fmt.Errorf("cannot convert %s to %s", uf.Dim, ut.Dim)
	}
	r := v * uf.Factor / ut.Factor
	return strconv.FormatFloat(r, 'g', 6, 64) + " " + ut.Name, nil
}

func parseInts() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"0x1f", 0, 64}, {"0b1011", 0, 8}, {"0o17", 0, 16}, {"017", 0, 16}, {"1_000", 0, 32},
		{"ff", 16, 64}, {"300", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"12a", 10, 64}, {"", 10, 64},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		var ne *strconv.NumError
		tag := ""
		if errors.As(err, &ne) {
			switch {
			case errors.Is(err, strconv.ErrRange):
				tag = "range"
			case errors.Is(err, strconv.ErrSyntax):
				tag = "syntax"
			}
		}
		fmt.Printf("%-8q base %-2d bits %-2d -> %d %s %v\n", c.s, c.base, c.bits, v, tag, err)
	}
	u, err := strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
}

func floats() {
	for _, s := range []string{"1e400", "-1e400", "1e-400", "0x1p-2", "inf", "-Inf", "nan", "3.14abc", ".5", "1_0.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%-8s %v %v\n", s, f, err)
	}
	xs := []float64{0, 1, -1.5, 123456789, 1e-9, 2.0 / 3, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, x := range xs {
		fmt.Printf("%s|%s|%s|%s\n", strconv.FormatFloat(x, 'f', -1, 64), strconv.FormatFloat(x, 'e', 3, 64),
			strconv.FormatFloat(x, 'g', -1, 32), strconv.FormatFloat(x, 'G', 4, 64))
	}
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Trunc(-2.7), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Printf("%#x %v %v\n", math.Float64bits(1.0), math.Float32frombits(0x40490fdb), float32(math.Pi) == math.Float32frombits(0x40490fdb))
}

func quoting() {
	for _, s := range []string{"plain", "tab\there", "quote\"d", "bell\a", "ünï", "\x00\x7f"} {
		q := strconv.Quote(s)
		back, err := strconv.Unquote(q)
		fmt.Println(q, strconv.QuoteToASCII(s), back == s, err)
	}
	_, err := strconv.Unquote("'ab'")
	fmt.Println(err, strconv.QuoteRuneToASCII('☺'), strconv.IsPrint('\u00ad'))
	r, mb, tail, err := strconv.UnquoteChar(`\u00e9xyz`, '"')
	fmt.Println(string(r), mb, tail, err)
}

func times() {
	t := time.Date(2023, time.February, 28, 23, 59, 30, 500_000_000, time.UTC)
	fmt.Println(t, t.Add(time.Minute).Format("2006-01-02 15:04:05.000 Mon Jan"), t.Month(), int(t.Month()))
	fmt.Println(t.Format(time.Kitchen), t.Format("06/1/2 3:4:5 PM"), t.Unix(), t.UnixMilli(), t.Nanosecond())
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Hour), time.Duration(1500)*time.Microsecond, time.Duration(0), -d)
	u := time.Unix(1700000000, 0).UTC()
	fmt.Println(u, u.Weekday(), u.YearDay(), u.AddDate(0, 1, 3).Format(time.RFC1123))
	a, _ := time.Parse("2006-01-02", "2024-02-29")
	b := a.AddDate(1, 0, 0)
	fmt.Println(b.Format("Jan 2 2006"), b.Sub(a), a.Before(b), a.Equal(a.UTC()))
}

func main() {
	qs := []string{"3 miles to km", "10 kilometers to feet", "2.5 kg to pounds", "1 m to kg", "five m to km", "12 ft to yd"}
	for _, q := range qs {
		r, err := Convert(q)
		fmt.Printf("%-24s => %s %v\n", q, r, err)
	}
	parseInts()
	floats()
	quoting()
	times()
	names := make([]string, 0, len(units))
	for k := range units {
		names = append(names, k)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names, sort.SearchInts([]int{1, 3, 5, 7}, 4))
}

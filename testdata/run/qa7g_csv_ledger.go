package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `date,account,amount,qty
2023-01-05,alice,12.50,3
2023-01-06,bob,7,1
2023-01-06,carol,abc,2
2023-01-07,alice,-3.25,x
2023-01-08,dave,1e3,4
2023-01-09,bob,99999999999999999999,1
2023-01-10,erin,0x1F,300000000000000000000
bad line without enough fields
2023-01-11,alice,  4.75 ,2
2023-01-12,frank,NaN,1
`

type Row struct {
	Date    string
	Account string
	Amount  float64
	Qty     int
}

type ParseError struct {
	Line int
	Col  string
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: column %s: %v", e.Line, e.Col, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var errFields = errors.New("wrong number of fields")

func parseLine(n int, line string) (Row, error) {
	parts := strings.Split(line, ",")
	if len(parts) != 4 {
		return Row{}, &ParseError{n, "*", fmt.Errorf("%w: got %d", errFields, len(parts))}
	}
	amt, err := strconv.ParseFloat(strings.TrimSpace(parts[2]), 64)
	if err != nil {
		return Row{}, &ParseError{n, "amount", err}
	}
	q, err := strconv.Atoi(parts[3])
	if err != nil {
		return Row{}, &ParseError{n, "qty", err}
	}
	return Row{parts[0], parts[1], amt, q}, nil
}

func main() {
	lines := strings.Split(strings.TrimRight(data, "\n"), "\n")
	header := lines[0]
	fmt.Printf("header: %q\n", strings.Split(header, ","))
	var rows []Row
	nerr := 0
	for i, l := range lines[1:] {
		r, err := parseLine(i+2, l)
		if err != nil {
			nerr++
			fmt.Fprintln(os.Stdout, "error:", err)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("  func=%s num=%q err=%v range=%t syntax=%t\n", ne.Func, ne.Num, ne.Err,
					errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
			}
			if errors.Is(err, errFields) {
				fmt.Println("  (field count problem)")
			}
			continue
		}
		rows = append(rows, r)
	}
	fmt.Printf("parsed %d rows, %d errors\n", len(rows), nerr)
	totals := map[string]float64{}
	for _, r := range rows {
		totals[r.Account] += r.Amount * float64(r.Qty)
	}
	names := make([]string, 0, len(totals))
	for k := range totals {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%-6s %10.2f\n", k, totals[k])
	}
	fmt.Printf("%+v\n", rows[0])
	// more strconv edge cases
	for _, s := range []string{"127", "128", "-129", "0b101", "0o17", "1_000", "+5", ""} {
		v, err := strconv.ParseInt(s, 0, 8)
		fmt.Println(s, v, err)
	}
	for _, s := range []string{"true", "T", "yes", "0"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.Quote("tab\there \"q\" é \x01"), strconv.Itoa(-45), strconv.FormatInt(255, 16))
}

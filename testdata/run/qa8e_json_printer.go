package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

func render(v Value, indent int, sb *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []Value:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			render(e, indent+1, sb)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			render(x[k], indent+1, sb)
			if i < len(keys)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	case fmt.Stringer:
		sb.WriteString(strconv.Quote(x.String()))
	case error:
		fmt.Fprintf(sb, "{\"error\": %q}", x.Error())
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func depth(v Value) int {
	switch x := v.(type) {
	case []Value:
		m := 0
		for _, e := range x {
			if d := depth(e); d > m {
				m = d
			}
		}
		return m + 1
	case map[string]Value:
		m := 0
		for _, e := range x {
			if d := depth(e); d > m {
				m = d
			}
		}
		return m + 1
	}
	return 0
}

func count(v Value, counts map[string]int) {
	switch x := v.(type) {
	case []Value:
		counts["array"]++
		for _, e := range x {
			count(e, counts)
		}
	case map[string]Value:
		counts["object"]++
		for _, e := range x {
			count(e, counts)
		}
	case string, fmt.Stringer:
		counts["string"]++
	case int, float64:
		counts["number"]++
	default:
		counts[fmt.Sprintf("%T", x)]++
	}
}

func main() {
	doc := map[string]Value{
		"name":    "gosub",
		"version": Version{1, 19},
		"stable":  true,
		"score":   9.5,
		"tags":    []Value{"compiler", "go", 42, nil},
		"deps":    []Value{},
		"owner": map[string]Value{
			"login": "gopher",
			"id":    7,
			"err":   fmt.Errorf("no email"),
			"misc":  struct{}{},
		},
	}
	var sb strings.Builder
	render(doc, 0, &sb)
	fmt.Println(sb.String())
	fmt.Println("depth:", depth(doc))
	counts := map[string]int{}
	count(doc, counts)
	fmt.Println(counts)
}

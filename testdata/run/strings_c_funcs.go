// strings: Index/Count/Fields/Split*/Join/Replace/Repeat/ToUpper/ToLower/EqualFold/TrimSpace (C implementations): results and capacities.
package main

import (
	"fmt"
	"strings"
)

type rec struct {
	name string
	tags []string
}

func parse(line string) *rec {
	f := strings.Fields(line)
	if len(f) == 0 {
		return nil
	}
	return &rec{name: strings.ToUpper(f[0]), tags: f[1:]}
}

func main() {
	s := "  Hello, World! héllo wörld ǅ  "
	fmt.Println(strings.Index(s, "World"), strings.LastIndex(s, "l"), strings.IndexRune(s, 'ö'), strings.IndexByte(s, 'W'))
	fmt.Println(strings.Count(s, "l"), strings.Count(s, ""), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "gÖ"))
	fmt.Printf("%q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q %q\n", strings.Split("a,b,,c", ","), strings.SplitN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "", "-"))
	parts := strings.Split("k1=v1;k2=v2", ";")
	fmt.Println(len(parts), cap(parts), strings.Contains(s, "Wor"), strings.HasPrefix(s, "  H"))
	r := parse("alpha beta gamma")
	fmt.Println(r.name, r.tags, len(r.tags), cap(r.tags))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(strings.Repeat("x", i))
		sb.WriteByte(',')
	}
	fmt.Println(sb.String(), sb.Len())
	fields := strings.Fields(" a b c d e f g ")
	fmt.Println(len(fields), cap(fields))
}

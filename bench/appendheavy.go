// append-heavy workload: growing slices of ints, strings and structs.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type rec struct {
	id   int
	name string
	tags []string
}

func main() {
	n := 200
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	total := 0
	for round := 0; round < n; round++ {
		var ints []int
		var strs []string
		var recs []rec
		for i := 0; i < 20000; i++ {
			ints = append(ints, i*round)
			if i%4 == 0 {
				strs = append(strs, strconv.Itoa(i))
			}
			if i%16 == 0 {
				recs = append(recs, rec{id: i, name: "r", tags: append([]string(nil), "a", "b")})
			}
		}
		total += len(ints) + cap(ints) + len(strs) + cap(strs) + len(recs) + cap(recs)
	}
	fmt.Println(total)
}

package main

import "fmt"

type Rec struct {
	id    int
	tags  []string
	label string
}

func count(r *Rec) int {
	// only the slice's length word is loaded: the fault is at its address
	return len(r.tags)
}

func main() {
	recs := []*Rec{{id: 1, tags: []string{"a", "b"}}, nil}
	for _, r := range recs {
		fmt.Println(count(r))
	}
}

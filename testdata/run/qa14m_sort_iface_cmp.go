// Sorting through interfaces: sort.Slice comparators that capture
// interface values, sort.Sort on a named slice type, and a key-extractor
// closure chain.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ranker interface {
	Rank() int
	Name() string
}

type player struct {
	name  string
	score int
}

func (p *player) Rank() int     { return p.score }
func (p *player) Name() string  { return p.name }
func (t team) Rank() int        { return t.wins*3 + t.draws }
func (t team) Name() string     { return t.label }

type team struct {
	label       string
	wins, draws int
}

type byRank []Ranker

func (b byRank) Len() int           { return len(b) }
func (b byRank) Less(i, j int) bool { return b[i].Rank() > b[j].Rank() || (b[i].Rank() == b[j].Rank() && b[i].Name() < b[j].Name()) }
func (b byRank) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type keyFunc func(Ranker) string

func chain(keys ...keyFunc) func(a, b Ranker) bool {
	return func(a, b Ranker) bool {
		for _, k := range keys {
			ka, kb := k(a), k(b)
			if ka != kb {
				return ka < kb
			}
		}
		return false
	}
}

func sortBy(rs []Ranker, less func(a, b Ranker) bool) {
	sort.SliceStable(rs, func(i, j int) bool { return less(rs[i], rs[j]) })
}

func names(rs []Ranker) string {
	var sb strings.Builder
	for i, r := range rs {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(r.Name())
	}
	return sb.String()
}

func main() {
	rs := []Ranker{
		&player{"ann", 7}, team{"reds", 2, 1}, &player{"bob", 7},
		team{"blues", 1, 4}, &player{"cy", 3}, team{"greens", 0, 7},
	}
	sort.Sort(byRank(rs))
	fmt.Println("by rank:", names(rs))

	var pivot Ranker = &player{"zed", 5}
	above := 0
	sort.Slice(rs, func(i, j int) bool {
		di, dj := rs[i].Rank()-pivot.Rank(), rs[j].Rank()-pivot.Rank()
		if di < 0 {
			di = -di
		}
		if dj < 0 {
			dj = -dj
		}
		if di != dj {
			return di < dj
		}
		return rs[i].Name() < rs[j].Name()
	})
	for _, r := range rs {
		if r.Rank() > pivot.Rank() {
			above++
		}
	}
	fmt.Println("near zed:", names(rs), "above", above)

	kind := func(r Ranker) string {
		if _, ok := r.(team); ok {
			return "team"
		}
		return "player"
	}
	lenKey := func(r Ranker) string { return fmt.Sprint(len(r.Name())) }
	sortBy(rs, chain(kind, lenKey, Ranker.Name))
	fmt.Println("chained:", names(rs))

	idx := sort.Search(len(rs), func(i int) bool { return kind(rs[i]) == "team" })
	fmt.Println("first team at", idx, rs[idx].Name())
	ints := []int{5, 2, 8, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.IsSorted(byRank(rs)))
}

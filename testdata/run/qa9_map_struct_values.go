// Maps of structs: m[k].f = v does not compile, so read-modify-write the
// value or store pointers; struct keys; map of slices; deleting while ranging.
package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
	Max   float64
}

type Key struct {
	Region string
	Year   int
}

type Sample struct {
	K Key
	V float64
}

func byValue(samples []Sample) map[Key]Stats {
	m := make(map[Key]Stats)
	for _, s := range samples {
		st := m[s.K]
		st.Count++
		st.Sum += s.V
		if s.V > st.Max {
			st.Max = s.V
		}
		m[s.K] = st
	}
	return m
}

func byPointer(samples []Sample) map[Key]*Stats {
	m := make(map[Key]*Stats)
	for _, s := range samples {
		st, ok := m[s.K]
		if !ok {
			st = &Stats{}
			m[s.K] = st
		}
		st.Count++
		st.Sum += s.V
		if s.V > st.Max {
			st.Max = s.V
		}
	}
	return m
}

func sortedKeys(m map[Key]Stats) []Key {
	keys := make([]Key, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Region != keys[j].Region {
			return keys[i].Region < keys[j].Region
		}
		return keys[i].Year < keys[j].Year
	})
	return keys
}

func main() {
	samples := []Sample{
		{Key{"eu", 2021}, 3.5}, {Key{"us", 2021}, 1.0}, {Key{"eu", 2022}, 2.0},
		{Key{"eu", 2021}, 4.5}, {Key{"us", 2021}, 7.25}, {Key{"ap", 2022}, 0.5},
	}
	mv := byValue(samples)
	mp := byPointer(samples)
	for _, k := range sortedKeys(mv) {
		v, p := mv[k], mp[k]
		fmt.Printf("%s/%d count=%d avg=%.2f max=%.2f same=%v\n", k.Region, k.Year, v.Count, v.Sum/float64(v.Count), v.Max, v == *p)
	}
	groups := map[string][]int{}
	for i, s := range samples {
		groups[s.K.Region] = append(groups[s.K.Region], i)
	}
	for k := range mv {
		if k.Year == 2022 {
			delete(mv, k)
		}
	}
	fmt.Println(len(mv), len(mp), groups["eu"], groups["us"], groups["xx"] == nil)
	mp[Key{"us", 2021}].Count = 100
	fmt.Println(mp[Key{"us", 2021}].Count, mv[Key{"us", 2021}].Count)
}

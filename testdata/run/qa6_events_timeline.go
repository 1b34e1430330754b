// An event timeline: events embed time.Time (so they get Before, Format,
// String...), are kept as a preallocated slice of values plus an index of
// pointers, sorted, bucketed by day into a map of structs, and printed
// through fmt.Stringer.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Event struct {
	time.Time
	Name string
	Dur  time.Duration
}

type DayStats struct {
	Count int
	Total time.Duration
	Names []string
}

type byStart []*Event

func (b byStart) Len() int           { return len(b) }
func (b byStart) Less(i, j int) bool { return b[i].Before(b[j].Time) }
func (b byStart) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func (e Event) End() time.Time { return e.Add(e.Dur) }

func overlaps(a, b *Event) bool {
	return a.Before(b.End()) && b.Before(a.End())
}

func main() {
	base := time.Date(2022, 3, 14, 9, 0, 0, 0, time.UTC)
	specs := []struct {
		offset, dur time.Duration
		name        string
	}{
		{26 * time.Hour, 90 * time.Minute, "review"},
		{0, 30 * time.Minute, "standup"},
		{15 * time.Minute, time.Hour, "design"},
		{25 * time.Hour, 45 * time.Minute, "planning"},
		{3 * time.Hour, 20 * time.Minute, "lunch"},
	}
	events := make([]Event, 0, len(specs))
	for _, s := range specs {
		events = append(events, Event{Time: base.Add(s.offset), Name: s.name, Dur: s.dur})
	}
	index := make([]*Event, len(events))
	for i := range events {
		index[i] = &events[i]
	}
	sort.Sort(byStart(index))

	days := map[string]DayStats{}
	var order []string
	for _, e := range index {
		key := e.Format("2006-01-02")
		st, ok := days[key]
		if !ok {
			order = append(order, key)
		}
		st.Count++
		st.Total += e.Dur
		st.Names = append(st.Names, e.Name)
		days[key] = st
	}
	for _, k := range order {
		st := days[k]
		fmt.Printf("%s: %d events, %v, %s\n", k, st.Count, st.Total, strings.Join(st.Names, ","))
	}

	for i := 0; i < len(index); i++ {
		for j := i + 1; j < len(index); j++ {
			if overlaps(index[i], index[j]) {
				fmt.Println("overlap:", index[i].Name, index[j].Name)
			}
		}
	}

	var s fmt.Stringer = index[0]
	fmt.Println("first:", s, "ends", index[0].End().Format(time.Kitchen))
	last := *index[len(index)-1]
	fmt.Println("last:", last.Name, last.Weekday(), last.YearDay(), last.Unix())
	b, err := last.MarshalBinary()
	fmt.Println(len(b), err)
	var back time.Time
	fmt.Println(back.UnmarshalBinary(b), back.Equal(last.Time))
}

// Embedding *time.Location, time.Month and time.Weekday.
package main

import (
	"fmt"
	"time"
)

type zone struct {
	*time.Location
}

type month struct {
	time.Month
}

type day struct {
	time.Weekday
}

type stringer interface{ String() string }

func main() {
	var s stringer = zone{time.UTC}
	fmt.Println(s.String())
	s = month{time.March}
	fmt.Println(s.String())
	s = &day{time.Friday}
	fmt.Println(s.String())
	loc := time.FixedZone("X", 3600)
	z := &zone{loc}
	fmt.Println(time.Date(2021, 5, 6, 7, 8, 9, 0, z.Location).Format(time.RFC3339))
}

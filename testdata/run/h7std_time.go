// Embedding time.Time, time.Duration, *time.Timer and *time.Ticker.
package main

import (
	"fmt"
	"time"
)

type stamp struct {
	time.Time
	label string
}

type stampP struct {
	*time.Time
}

type span struct {
	time.Duration
}

type timer struct {
	*time.Timer
}

type timerV struct {
	time.Timer
}

type ticker struct {
	*time.Ticker
}

type tickerV struct {
	time.Ticker
}

type stringer interface{ String() string }
type stopper interface{ Stop() bool }
type tstopper interface{ Stop() }

func main() {
	t := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	var s stringer = stamp{Time: t, label: "x"}
	fmt.Println(s.String())
	s = stampP{&t}
	fmt.Println(s.String())
	s = span{3 * time.Second}
	fmt.Println(s.String())
	var st stopper = timer{time.NewTimer(time.Hour)}
	fmt.Println(st.Stop())
	st = &timerV{}
	var ts tstopper = ticker{time.NewTicker(time.Hour)}
	ts.Stop()
	ts = &tickerV{}
}

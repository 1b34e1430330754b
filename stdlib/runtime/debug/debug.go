// Package debug: garbage collector controls of Go's runtime/debug.
package debug

import (
	"sort"
	"time"
)

//extern go_runtime_debug_SetGCPercent
func SetGCPercent(percent int) int

//extern go_runtime_debug_SetMemoryLimit
func SetMemoryLimit(limit int64) int64

//extern go_runtime_debug_FreeOSMemory
func FreeOSMemory()

//extern go_runtime_debug_PrintStack
func PrintStack()

//extern go_runtime_debug_Stack
func Stack() []byte

// SetMaxStack sets the largest stack a goroutine may use and returns the
// previous setting (1000000000 bytes at start, as in Go).
//
//extern go_runtime_debug_SetMaxStack
func SetMaxStack(bytes int) int

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

// readGCStats fills *pauses (capacity >= 2*256+3) with the pause lengths,
// then their end times, then LastGC (Unix ns), NumGC and the total pause
// (runtime/gc_stats.c).
//
//extern go_runtime_debug_readGCStats
func readGCStats(pauses *[]time.Duration)

// ReadGCStats reads statistics about garbage collection into stats, as
// Go's: Pause and PauseEnd most recent first, PauseQuantiles (when the
// caller gave it a length) the minimum, the quantiles and the maximum.
func ReadGCStats(stats *GCStats) {
	const maxPause = 256 // len(runtime.MemStats.PauseNs)
	if cap(stats.Pause) < 2*maxPause+3 {
		stats.Pause = make([]time.Duration, 2*maxPause+3)
	}
	readGCStats(&stats.Pause)

	n := len(stats.Pause) - 3
	stats.LastGC = time.Unix(0, int64(stats.Pause[n]))
	stats.NumGC = int64(stats.Pause[n+1])
	stats.PauseTotal = stats.Pause[n+2]
	n /= 2 // pauses, then end times
	stats.Pause = stats.Pause[:n]

	if cap(stats.PauseEnd) < maxPause {
		stats.PauseEnd = make([]time.Time, 0, maxPause)
	}
	stats.PauseEnd = stats.PauseEnd[:0]
	for _, ns := range stats.Pause[n : n+n] {
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(ns)))
	}

	if len(stats.PauseQuantiles) > 0 {
		if n == 0 {
			for i := range stats.PauseQuantiles {
				stats.PauseQuantiles[i] = 0
			}
		} else {
			// the second half of the buffer is free again: sort a copy there
			sorted := stats.Pause[n : n+n]
			copy(sorted, stats.Pause)
			sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
			nq := len(stats.PauseQuantiles) - 1
			for i := 0; i < nq; i++ {
				stats.PauseQuantiles[i] = sorted[len(sorted)*i/nq]
			}
			stats.PauseQuantiles[nq] = sorted[len(sorted)-1]
		}
	}
}

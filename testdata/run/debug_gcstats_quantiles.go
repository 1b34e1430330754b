// runtime/debug.ReadGCStats: NumGC, Pause/PauseEnd histories, quantiles ordered, LastGC.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

var sink []byte

func main() {
	for i := 0; i < 5; i++ {
		sink = make([]byte, 1<<20)
		runtime.GC()
	}
	s := debug.GCStats{PauseQuantiles: make([]time.Duration, 5)}
	debug.ReadGCStats(&s)
	fmt.Println(s.NumGC >= 5, len(s.Pause) == len(s.PauseEnd), len(s.Pause) >= 5, cap(s.PauseEnd))
	q := s.PauseQuantiles
	fmt.Println(q[0] <= q[1] && q[1] <= q[2] && q[2] <= q[3] && q[3] <= q[4], q[4] > 0)
	fmt.Println(s.PauseEnd[0].Equal(s.LastGC), !s.PauseEnd[0].Before(s.PauseEnd[len(s.PauseEnd)-1]))
	var total time.Duration
	for _, p := range s.Pause {
		total += p
	}
	fmt.Println(total <= s.PauseTotal)
}

// fmt.Append/Appendf/Appendln (Go 1.19), time.Duration.Abs, time.UnixMicro.
package main

import (
	"fmt"
	"time"
)

func main() {
	buf := make([]byte, 0, 8)
	buf = fmt.Appendf(buf, "%d-%s", 42, "x")
	buf = fmt.Append(buf, " a", 1, 2, "b")
	buf = fmt.Appendln(buf, " end", 3.5)
	fmt.Printf("%q %d %d\n", buf, len(buf), cap(buf))
	fmt.Println(fmt.Append(nil, true), fmt.Appendf(nil, "%v", []int{1}))
	d := -3 * time.Second
	fmt.Println(d.Abs(), (5 * time.Millisecond).Abs(), time.Duration(-1<<63).Abs())
	t := time.UnixMicro(1500000)
	fmt.Println(t.Unix(), t.UnixMicro(), t.Nanosecond(), time.UnixMicro(-1).UnixNano())
}

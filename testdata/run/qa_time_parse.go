package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"1h15m30.5s", "300ms", "-1.5h", "2us", "1µs", "0", "10", "1x", "", ".5s", "9223372036854775807ns", "9999999999h"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	tk := time.NewTicker(time.Hour)
	tk.Reset(time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker reset ok")
}

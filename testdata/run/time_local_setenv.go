// Go reads $TZ the first time something needs time.Local, so a program
// that sets TZ before that (an absolute path here: Local is named by the
// path) gets that zone whatever the machine's; later changes are ignored.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	t := time.Unix(1e9, 0) // Unix sets Local but does not consult it
	os.Setenv("TZ", "/usr/share/zoneinfo/Europe/Paris")
	fmt.Println(t)
	fmt.Println(time.Local)
	os.Setenv("TZ", "Asia/Tokyo")
	fmt.Println(time.Unix(1e9, 0), time.Local)
	fmt.Println(time.Date(2022, 10, 30, 2, 30, 0, 0, time.Local))
	fmt.Println(time.Date(2022, 3, 27, 2, 30, 0, 0, time.Local))
	time.Local = time.FixedZone("Elsewhere", 3600)
	fmt.Println(time.Unix(1e9, 0), time.Now().Location())
}

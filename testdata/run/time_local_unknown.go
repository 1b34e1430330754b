// time.Local from TZ=No/Such_Zone (time_local_unknown.env): a name that
// loads no zone leaves Local as UTC, named "UTC" (not "Local"), while
// LoadLocation of the same name reports the error.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Local.String(), time.Now().Location())
	t := time.Unix(1e9, 0)
	fmt.Println(t, t.Location(), t.Location() == time.Local)
	fmt.Printf("%#v\n", t)
	fmt.Println(time.Date(2022, 3, 13, 2, 30, 0, 0, time.Local))
	_, err := time.LoadLocation("No/Such_Zone")
	fmt.Println(err)
	l, err := time.LoadLocation("Local")
	fmt.Println(l, err)
}

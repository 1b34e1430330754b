// LoadLocationFromTZData on TZif data read with os (the v2+ file and the
// same bytes marked version 1, which reads the 32-bit block and no
// footer), ZoneBounds around transitions, and $ZONEINFO taking precedence.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	for _, n := range []string{"Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC", "Etc/GMT+5"} {
		data, err := os.ReadFile("/usr/share/zoneinfo/" + n)
		if err != nil {
			fmt.Println(err)
			continue
		}
		v1 := append([]byte(nil), data...)
		v1[4] = 0
		for i, d := range [][]byte{data, v1} {
			loc, err := time.LoadLocationFromTZData("X"+n, d)
			if err != nil {
				fmt.Println(n, i, err)
				continue
			}
			for _, y := range []int{1900, 1980, 2023, 2040} {
				t := time.Date(y, 7, 1, 12, 0, 0, 0, time.UTC).In(loc)
				s, e := t.ZoneBounds()
				fmt.Println(n, i, t, t.IsDST(), s, e)
			}
		}
	}
	os.Setenv("ZONEINFO", "/usr/share/zoneinfo/America")
	l, err := time.LoadLocation("New_York")
	fmt.Println(l, err, time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC).In(l))
	l, err = time.LoadLocation("Europe/Paris")
	fmt.Println(l, err)
	os.Setenv("ZONEINFO", "/usr/share/zoneinfo/Europe/Berlin")
	l, err = time.LoadLocation("Asia/Tokyo")
	fmt.Println(l, err)
}

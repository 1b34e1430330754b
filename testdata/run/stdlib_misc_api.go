// stdlib odds: strings.Clone, sort.Find/Float64sAreSorted, os.IsNotExist/IsExist/IsPermission, Getpagesize, TempDir.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	s := strings.Repeat("ab", 4)
	c := strings.Clone(s[:3])
	fmt.Println(c, len(c), strings.Clone("") == "")
	xs := []int{1, 3, 5, 7}
	i, found := sort.Find(len(xs), func(i int) int { return 5 - xs[i] })
	fmt.Println(i, found)
	fmt.Println(sort.Float64sAreSorted([]float64{1, 2, 2}))
	_, err := os.Open("/nonexistent/zzz")
	fmt.Println(os.IsNotExist(err), os.IsExist(err), os.IsPermission(err), os.IsNotExist(os.ErrNotExist))
	err = os.Mkdir("/tmp", 0755)
	fmt.Println(os.IsExist(err), os.IsNotExist(fmt.Errorf("wrap: %w", os.ErrNotExist)))
	fmt.Println(os.Getpagesize(), os.TempDir() != "")
}

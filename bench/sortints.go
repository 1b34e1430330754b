// sort of 5M ints with sort.Ints.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

func main() {
	n := 5000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	a := make([]int, n)
	x := uint64(88172645463325252)
	for i := range a {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		a[i] = int(x % 1000000007)
	}
	sort.Ints(a)
	sum := 0
	for i := 0; i < n; i += n / 100 {
		sum += a[i]
	}
	fmt.Println(sort.IntsAreSorted(a), a[0], a[n-1], sum)
}

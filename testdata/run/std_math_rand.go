package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(100), rand.Int(), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64(), rand.Float64(), rand.Float32())
	fmt.Println(rand.Perm(10), rand.Int31n(1000), rand.Int63n(1<<40+7), rand.Intn(1<<40))
	s := []string{"a", "b", "c", "d", "e", "f"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	b := make([]byte, 11)
	rand.Read(b)
	fmt.Println(b)
	for _, seed := range []int64{0, 1, 42, -5, 1 << 40, 2147483647} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Intn(1000), r.Int63(), r.Float64(), r.Uint64())
	}
	rand.Seed(7)
	fmt.Println(rand.Intn(10), rand.Intn(10), rand.Intn(10))
	r := rand.New(rand.NewSource(99))
	sum := 0
	for i := 0; i < 100000; i++ {
		sum += r.Intn(1000)
	}
	fmt.Println(sum)
	dist()
}

func dist() {
	r := rand.New(rand.NewSource(12345))
	h := 0.0
	bad := 0
	for i := 0; i < 300000; i++ {
		n := r.NormFloat64()
		e := r.ExpFloat64()
		h = h*1.0000001 + n*3 + e
		if math.IsNaN(h) {
			bad++
		}
	}
	fmt.Println(h, bad, rand.NormFloat64(), rand.ExpFloat64())
}

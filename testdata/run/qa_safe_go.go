package main

import (
	"fmt"
	"sort"
	"sync"
)

type Result struct {
	ID  int
	Val int
	Err string
}

func safeGo(wg *sync.WaitGroup, id int, out chan<- Result, f func() int) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				out <- Result{ID: id, Err: fmt.Sprint(r)}
			}
		}()
		out <- Result{ID: id, Val: f()}
	}()
}

func main() {
	var wg sync.WaitGroup
	out := make(chan Result, 10)
	data := []int{1, 2, 3}
	var m map[string]int
	var p *Result
	safeGo(&wg, 0, out, func() int { return data[1] * 10 })
	safeGo(&wg, 1, out, func() int { return data[5] })
	safeGo(&wg, 2, out, func() int { m["x"] = 1; return 0 })
	safeGo(&wg, 3, out, func() int { return p.Val })
	safeGo(&wg, 4, out, func() int { panic(fmt.Errorf("custom %d", 4)) })
	safeGo(&wg, 5, out, func() int { z := 0; return 10 / z })
	wg.Wait()
	close(out)
	var rs []Result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	for _, r := range rs {
		if r.Err != "" {
			fmt.Printf("%d: error %s\n", r.ID, r.Err)
		} else {
			fmt.Printf("%d: value %d\n", r.ID, r.Val)
		}
	}
}

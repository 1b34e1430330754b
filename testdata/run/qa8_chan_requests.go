// A server goroutine owning its state, reached only through a channel of
// requests that carry their own reply channel: no locks needed.
package main

import (
	"fmt"
	"sort"
)

type op int

const (
	opGet op = iota
	opPut
	opDel
	opKeys
)

type request struct {
	op    op
	key   string
	value int
	reply chan response
}

type response struct {
	value int
	ok    bool
	keys  []string
}

func serve(reqs <-chan request) {
	state := make(map[string]int)
	for r := range reqs {
		var resp response
		switch r.op {
		case opGet:
			resp.value, resp.ok = state[r.key]
		case opPut:
			_, resp.ok = state[r.key]
			state[r.key] = r.value
		case opDel:
			_, resp.ok = state[r.key]
			delete(state, r.key)
		case opKeys:
			for k := range state {
				resp.keys = append(resp.keys, k)
			}
			sort.Strings(resp.keys)
		}
		r.reply <- resp
	}
}

type Client struct {
	reqs  chan<- request
	reply chan response
}

func (c *Client) call(o op, key string, v int) response {
	c.reqs <- request{op: o, key: key, value: v, reply: c.reply}
	return <-c.reply
}

func main() {
	reqs := make(chan request)
	go serve(reqs)
	c := &Client{reqs: reqs, reply: make(chan response)}

	fmt.Println(c.call(opPut, "a", 1).ok, c.call(opPut, "a", 2).ok)
	c.call(opPut, "b", 3)
	r := c.call(opGet, "a", 0)
	fmt.Println(r.value, r.ok)
	fmt.Println(c.call(opDel, "zz", 0).ok, c.call(opDel, "b", 0).ok)
	c.call(opPut, "c", 5)
	fmt.Println(c.call(opKeys, "", 0).keys)

	done := make(chan []int)
	for i := 0; i < 3; i++ {
		go func(id int) {
			cl := &Client{reqs: reqs, reply: make(chan response, 1)}
			key := fmt.Sprint("w", id)
			cl.call(opPut, key, id*10)
			got := cl.call(opGet, key, 0)
			done <- []int{id, got.value}
		}(i)
	}
	results := make([][]int, 0, 3)
	for i := 0; i < 3; i++ {
		results = append(results, <-done)
	}
	sort.Slice(results, func(i, j int) bool { return results[i][0] < results[j][0] })
	fmt.Println(results, c.call(opKeys, "", 0).keys)
	close(reqs)
}

package main

import (
	"bytes"
	"fmt"
	"strconv"
	"sync"
)

type Resetter interface {
	Reset()
}

// Pool is a typed wrapper over sync.Pool for pointer types that can reset.
type Pool[T any, PT interface {
	*T
	Resetter
}] struct {
	p     sync.Pool
	gets  int
	puts  int
	fresh int
}

func (p *Pool[T, PT]) Get() PT {
	p.gets++
	if v := p.p.Get(); v != nil {
		return v.(PT)
	}
	p.fresh++
	return PT(new(T))
}

func (p *Pool[T, PT]) Put(x PT) {
	x.Reset()
	p.puts++
	p.p.Put(x)
}

type Record struct {
	Fields []string
	Line   int
}

func (r *Record) Reset() {
	r.Fields = r.Fields[:0]
	r.Line = 0
}

type Encoder struct {
	buf bytes.Buffer
	n   int
}

func (e *Encoder) Reset() { e.buf.Reset(); e.n = 0 }

func (e *Encoder) Field(s string) {
	if e.n > 0 {
		e.buf.WriteByte(',')
	}
	e.n++
	if needsQuote(s) {
		e.buf.WriteString(strconv.Quote(s))
	} else {
		e.buf.WriteString(s)
	}
}

func needsQuote(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '"', ' ', '\n':
			return true
		}
	}
	return s == ""
}

var recPool Pool[Record, *Record]
var encPool Pool[Encoder, *Encoder]

func parseLine(n int, line string) *Record {
	r := recPool.Get()
	r.Line = n
	start := 0
	for i := 0; i <= len(line); i++ {
		if i == len(line) || line[i] == ';' {
			r.Fields = append(r.Fields, line[start:i])
			start = i + 1
		}
	}
	return r
}

func encode(r *Record) string {
	e := encPool.Get()
	defer encPool.Put(e)
	e.Field(strconv.Itoa(r.Line))
	for _, f := range r.Fields {
		e.Field(f)
	}
	return e.buf.String()
}

func main() {
	lines := []string{
		"alpha;beta;gamma",
		"one;;three",
		"with space;x\"y;z",
		"single",
		"a;b;c;d;e;f",
	}
	var out []string
	for i, l := range lines {
		r := parseLine(i+1, l)
		out = append(out, encode(r))
		recPool.Put(r)
	}
	for _, o := range out {
		fmt.Println(o)
	}
	fmt.Println("records gets/puts", recPool.gets, recPool.puts, "fresh>=1:", recPool.fresh >= 1)
	fmt.Println("encoders gets/puts", encPool.gets, encPool.puts, "fresh<=gets:", encPool.fresh <= encPool.gets)

	var wg sync.WaitGroup
	results := make([]string, 8)
	var mu sync.Mutex
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			mu.Lock()
			r := parseLine(g, fmt.Sprintf("g%d;%d", g, g*g))
			results[g] = encode(r)
			recPool.Put(r)
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	fmt.Println(results)
}

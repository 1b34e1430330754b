package main

import (
	"fmt"
	"strings"
	"sync"
)

type codec struct {
	enc   [256]byte
	dec   [256]byte
	names map[string]int
}

var (
	tableOnce sync.Once
	table     *codec
	builds    int
)

func tables() *codec {
	tableOnce.Do(func() {
		builds++
		c := new(codec)
		for i := 0; i < 256; i++ {
			c.enc[i] = byte((i*7 + 3) % 256)
		}
		for i := 0; i < 256; i++ {
			c.dec[c.enc[i]] = byte(i)
		}
		c.names = map[string]int{"alpha": 1, "beta": 2}
		table = c
	})
	return table
}

func encode(s string) []byte {
	t := tables()
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		out[i] = t.enc[s[i]]
	}
	return out
}

func decode(b []byte) string {
	t := tables()
	var sb strings.Builder
	for _, c := range b {
		sb.WriteByte(t.dec[c])
	}
	return sb.String()
}

type lazyConfig struct {
	once sync.Once
	err  error
	vals map[string]string
}

func (l *lazyConfig) load(src string) (map[string]string, error) {
	l.once.Do(func() {
		l.vals = map[string]string{}
		for _, kv := range strings.Split(src, ";") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				l.err = fmt.Errorf("bad pair %q", kv)
				return
			}
			l.vals[k] = v
		}
	})
	return l.vals, l.err
}

func main() {
	var wg sync.WaitGroup
	res := make([]string, 6)
	for i := range res {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = decode(encode(fmt.Sprint("msg-", i)))
		}(i)
	}
	wg.Wait()
	fmt.Println(res, "builds:", builds)
	fmt.Printf("%x\n", encode("Go!"))

	var good lazyConfig
	m, err := good.load("a=1;b=2")
	fmt.Println(len(m), m["b"], err)
	m, err = good.load("ignored")
	fmt.Println(len(m), err)

	var bad lazyConfig
	_, err = bad.load("x=1;oops;y=2")
	fmt.Println(err, len(bad.vals))
	_, err = bad.load("x=1")
	fmt.Println("still:", err)

	var panicky sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panicky.Do(func() { panic("init failed") })
	}()
	ran := false
	panicky.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}

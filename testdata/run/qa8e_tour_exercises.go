package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
)

func Sqrt(x float64) (float64, int) {
	z := 1.0
	for i := 1; i <= 20; i++ {
		next := z - (z*z-x)/(2*z)
		if math.Abs(next-z) < 1e-12 {
			return next, i
		}
		z = next
	}
	return z, 20
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func SafeSqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	v, _ := Sqrt(x)
	return v, nil
}

type IPAddr [4]byte

func (ip IPAddr) String() string { return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3]) }

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(b []byte) (int, error) {
	n, err := rr.r.Read(b)
	for i := 0; i < n; i++ {
		c := b[i]
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type countingWriter struct {
	w     io.Writer
	bytes int
	lines int
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	cw.bytes += len(p)
	cw.lines += strings.Count(string(p), "\n")
	return cw.w.Write(p)
}

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("not found: %s", url)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{"The Go Programming Language", []string{"https://golang.org/pkg/", "https://golang.org/cmd/"}},
	"https://golang.org/pkg/": &fakeResult{"Packages", []string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"}},
	"https://golang.org/pkg/fmt/": &fakeResult{"Package fmt", []string{"https://golang.org/", "https://golang.org/pkg/"}},
	"https://golang.org/pkg/os/": &fakeResult{"Package os", []string{"https://golang.org/", "https://golang.org/pkg/"}},
}

type visited struct {
	mu   sync.Mutex
	seen map[string]string
}

func (v *visited) claim(url string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if _, ok := v.seen[url]; ok {
		return false
	}
	v.seen[url] = "pending"
	return true
}

func (v *visited) set(url, s string) {
	v.mu.Lock()
	v.seen[url] = s
	v.mu.Unlock()
}

func Crawl(url string, depth int, f Fetcher, v *visited, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !v.claim(url) {
		return
	}
	body, urls, err := f.Fetch(url)
	if err != nil {
		v.set(url, "error: "+err.Error())
		return
	}
	v.set(url, fmt.Sprintf("found %q", body))
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, f, v, wg)
	}
}

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		defer func() { a, b = b, a+b }()
		return a
	}
}

func main() {
	for _, x := range []float64{2, 9, 1e6} {
		v, it := Sqrt(x)
		fmt.Printf("Sqrt(%g) = %.10f after %d iterations (math: %.10f)\n", x, v, it, math.Sqrt(x))
	}
	fmt.Println(SafeSqrt(2))
	fmt.Println(SafeSqrt(-2))
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}, "googleDNS": {8, 8, 8, 8}}
	names := []string{}
	for n := range hosts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%v: %v\n", n, hosts[n])
	}
	b := make([]byte, 5)
	n, err := MyReader{}.Read(b)
	fmt.Println(n, err, string(b))
	cw := &countingWriter{w: os.Stdout}
	s := strings.NewReader("Lbh penpxrq gur pbqr!\nNaq guvf gbb.\n")
	io.Copy(cw, &rot13Reader{s})
	fmt.Println(cw.bytes, cw.lines)
	v := &visited{seen: map[string]string{}}
	var wg sync.WaitGroup
	wg.Add(1)
	Crawl("https://golang.org/", 4, fetcher, v, &wg)
	wg.Wait()
	urls := make([]string, 0, len(v.seen))
	for u := range v.seen {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	for _, u := range urls {
		fmt.Println(u, "->", v.seen[u])
	}
	wc := WordCount("I am learning Go! Go is fun and I am happy")
	fmt.Println(wc)
	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	data, _ := io.ReadAll(pr)
	var buf strings.Builder
	mw := io.MultiWriter(&buf, cw)
	fmt.Fprintf(mw, "%s\n", data)
	tr := io.TeeReader(strings.NewReader("tee"), &buf)
	io.ReadAll(tr)
	fmt.Printf("%q %d\n", buf.String(), cw.lines)
}

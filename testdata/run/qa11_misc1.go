package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
)

type Resource struct {
	id   int
	data []byte
}

var finalized = make(chan int, 100)

func newResource(id int) *Resource {
	r := &Resource{id: id, data: make([]byte, 1<<16)}
	runtime.SetFinalizer(r, func(r *Resource) { finalized <- r.id })
	return r
}

func shuffleDeck(seed int64) []string {
	r := rand.New(rand.NewSource(seed))
	suits := []string{"♠", "♥", "♦", "♣"}
	var deck []string
	for _, s := range suits {
		for v := 1; v <= 13; v++ {
			deck = append(deck, strconv.Itoa(v)+s)
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	return deck[:8]
}

func main() {
	before, after, ok := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, ok)
	b1, a1, ok1 := bytes.Cut([]byte("nocut"), []byte(":"))
	fmt.Printf("%s %q %v\n", b1, a1, ok1)
	fmt.Println(sort.SearchInts([]int{1, 3, 5, 7}, 6), strconv.AppendInt([]byte("n="), -42, 10), string(strconv.AppendQuote(nil, "q")))
	var name string
	var age int
	n, err := fmt.Sscanf("bob 42", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var f float64
	var w string
	n, err = fmt.Sscan("3.25 word extra", &f, &w)
	fmt.Println(n, err, f, w)
	_, err = fmt.Sscanf("x", "%d", &age)
	fmt.Println(err)
	e1 := errors.New("base")
	e2 := fmt.Errorf("mid: %w", e1)
	e3 := fmt.Errorf("top: %w", e2)
	fmt.Println(errors.Unwrap(e3) == e2, errors.Unwrap(errors.Unwrap(e3)) == e1, errors.Unwrap(e1) == nil)
	fmt.Println(os.Getenv("GOSUB_H4_UNSET") == "", runtime.GOMAXPROCS(0) > 0, runtime.GOOS, runtime.GOARCH)
	old := debug.SetGCPercent(50)
	fmt.Println("old gc percent", old, debug.SetGCPercent(old))
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Int63(), r.Float64(), r.Perm(5))
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Int31n(10), rand.Uint32())
	fmt.Println(shuffleDeck(1))
	fmt.Println(shuffleDeck(2))
	for i := 0; i < 5; i++ {
		newResource(i)
	}
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	got := 0
	for {
		select {
		case <-finalized:
			got++
			continue
		default:
		}
		break
	}
	fmt.Println("finalized some:", got >= 0)
	keep := newResource(99)
	runtime.GC()
	runtime.KeepAlive(keep)
	debug.FreeOSMemory()
	sc := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println(words, len(words))
	rd := bufio.NewReader(strings.NewReader("line1\nline2\nrest"))
	for {
		line, err := rd.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(strings.HasSuffix(file, "qa11_misc1.go"), line, ok)
}

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%g°C", c) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%g°F", f) }
func (k Kelvin) String() string     { return fmt.Sprintf("%gK", k) }
func CToF(c Celsius) Fahrenheit     { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius     { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin         { return Kelvin(c - AbsoluteZeroC) }

var pc [256]byte

func init() {
	for i := range pc {
		pc[i] = pc[i/2] + byte(i&1)
	}
}

func PopCount(x uint64) int {
	return int(pc[byte(x>>(0*8))] + pc[byte(x>>(1*8))] + pc[byte(x>>(2*8))] + pc[byte(x>>(3*8))] +
		pc[byte(x>>(4*8))] + pc[byte(x>>(5*8))] + pc[byte(x>>(6*8))] + pc[byte(x>>(7*8))])
}

type IntSet struct{ words []uint64 }

func (s *IntSet) Has(x int) bool {
	word, bit := x/64, uint(x%64)
	return word < len(s.words) && s.words[word]&(1<<bit) != 0
}

func (s *IntSet) Add(x int) {
	word, bit := x/64, uint(x%64)
	for word >= len(s.words) {
		s.words = append(s.words, 0)
	}
	s.words[word] |= 1 << bit
}

func (s *IntSet) UnionWith(t *IntSet) {
	for i, tword := range t.words {
		if i < len(s.words) {
			s.words[i] |= tword
		} else {
			s.words = append(s.words, tword)
		}
	}
}

func (s *IntSet) String() string {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, word := range s.words {
		if word == 0 {
			continue
		}
		for j := 0; j < 64; j++ {
			if word&(1<<uint(j)) != 0 {
				if buf.Len() > len("{") {
					buf.WriteByte(' ')
				}
				fmt.Fprintf(&buf, "%d", 64*i+j)
			}
		}
	}
	buf.WriteByte('}')
	return buf.String()
}

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

func comma(s string) string {
	n := len(s)
	if n <= 3 {
		return s
	}
	return comma(s[:n-3]) + "," + s[n-3:]
}

func basename(s string) string {
	slash := strings.LastIndex(s, "/")
	s = s[slash+1:]
	if dot := strings.LastIndex(s, "."); dot >= 0 {
		s = s[:dot]
	}
	return s
}

func charcount(in string) {
	counts := make(map[rune]int)
	var utflen [utf8.UTFMax + 1]int
	invalid := 0
	letters, digits := 0, 0
	r := bufio.NewReader(strings.NewReader(in))
	for {
		c, n, err := r.ReadRune()
		if err != nil {
			break
		}
		if c == unicode.ReplacementChar && n == 1 {
			invalid++
			continue
		}
		counts[c]++
		utflen[n]++
		if unicode.IsLetter(c) {
			letters++
		}
		if unicode.IsDigit(c) {
			digits++
		}
	}
	runes := make([]rune, 0, len(counts))
	for c := range counts {
		runes = append(runes, c)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	fmt.Printf("rune\tcount\n")
	for _, c := range runes {
		fmt.Printf("%q\t%d\n", c, counts[c])
	}
	fmt.Print("\nlen\tcount\n")
	for i, n := range utflen {
		if i > 0 {
			fmt.Printf("%d\t%d\n", i, n)
		}
	}
	fmt.Printf("invalid=%d letters=%d digits=%d\n", invalid, letters, digits)
}

func dup(input string) {
	counts := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		counts[sc.Text()]++
	}
	var lines []string
	for l, n := range counts {
		if n > 1 {
			lines = append(lines, fmt.Sprintf("%d\t%s", n, l))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}

func wordfreq(text string) {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	freq := map[string]int{}
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), unicode.IsPunct))
		if w != "" {
			freq[w]++
		}
	}
	type wc struct {
		w string
		c int
	}
	var ws []wc
	for w, c := range freq {
		ws = append(ws, wc{w, c})
	}
	sort.Slice(ws, func(i, j int) bool {
		if ws[i].c != ws[j].c {
			return ws[i].c > ws[j].c
		}
		return ws[i].w < ws[j].w
	})
	for _, x := range ws[:5] {
		fmt.Printf("%-6s %d\n", x.w, x.c)
	}
}

func main() {
	fmt.Println(AbsoluteZeroC, CToF(BoilingC), FToC(212), CToK(FreezingC), BoilingC-FreezingC)
	fmt.Printf("%v %s %g %.1f\n", Celsius(37), Fahrenheit(98.6), FToC(98.6), CToF(-40))
	fmt.Println(PopCount(0), PopCount(0x1234567890ABCDEF), PopCount(1<<64-1))
	var x, y IntSet
	x.Add(1)
	x.Add(144)
	x.Add(9)
	y.Add(9)
	y.Add(42)
	fmt.Println(x.String(), y.String())
	x.UnionWith(&y)
	fmt.Println(&x, x.Has(9), x.Has(123))
	fmt.Println(x)
	var c ByteCounter
	c.Write([]byte("hello"))
	fmt.Fprintf(&c, "hello, %s", "Dolly")
	fmt.Println(c)
	fmt.Println(comma("1"), comma("1234"), comma("1234567890"))
	fmt.Println(basename("a/b/c.go"), basename("c.d.go"), basename("abc"), basename("/"))
	charcount("Héllo, 世界 123\xff!")
	dup("a\nb\na\nc\nb\na\n")
	wordfreq("The cat and the hat. The cat sat; and the bat sat, on the mat! A cat.")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", w.Available())
	w.Flush()
}

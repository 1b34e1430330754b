package main

import (
	"fmt"
	"io"
	"math"
	"strings"
)

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

type IPAddr [4]byte

func (ip IPAddr) String() string { return fmt.Sprintf("%v.%v.%v.%v", ip[0], ip[1], ip[2], ip[3]) }

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

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

func main() {
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	fmt.Println(math.Abs(1.4142135623730951-func() float64 { v, _ := Sqrt(2); return v }()) < 1e-12)
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}, "googleDNS": {8, 8, 8, 8}}
	fmt.Println(hosts)
	for _, k := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", k, hosts[k])
	}
	r := strings.NewReader("Lbh penpxrq gur pbqr!")
	buf := make([]byte, 8)
	var out []byte
	rr := rot13Reader{r}
	for {
		n, err := rr.Read(buf)
		out = append(out, buf[:n]...)
		fmt.Printf("n = %v err = %v b = %q\n", n, err, buf[:n])
		if err == io.EOF {
			break
		}
	}
	fmt.Println(string(out))
	b := make([]byte, 4)
	n, err := MyReader{}.Read(b)
	fmt.Println(n, err, string(b))
}

// Strings, bytes and runes: what each conversion costs and what it means.
// A tutorial walk through UTF-8, conversions and the builders that avoid
// copying.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func countClasses(s string) (letters, digits, spaces, other int) {
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	return
}

func caesar(s string, shift int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		}
		return r
	}, s)
}

func titleWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + strings.ToLower(w[size:])
	}
	return strings.Join(words, " ")
}

func hexdump(b []byte) string {
	var out bytes.Buffer
	for i, c := range b {
		if i > 0 {
			out.WriteByte(' ')
		}
		fmt.Fprintf(&out, "%02x", c)
	}
	return out.String()
}

func main() {
	s := "héllo, 世界!"
	fmt.Println("bytes:", len(s), "runes:", utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("%d:%c(%U,%d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()

	fmt.Println("rune reverse:", reverseRunes(s))
	bad := reverseBytes(s)
	fmt.Println("byte reverse valid:", utf8.ValidString(bad), "runes:", utf8.RuneCountInString(bad))
	fmt.Printf("%q\n", bad)
	for _, r := range bad[:6] {
		if r == utf8.RuneError {
			fmt.Print("<RuneError> ")
		} else {
			fmt.Printf("%c ", r)
		}
	}
	fmt.Println()

	l, d, sp, o := countClasses("Go 1.19 is here: ¡olé!")
	fmt.Println("letters", l, "digits", d, "spaces", sp, "other", o)

	enc := caesar("Hello, Gophers", 3)
	fmt.Println(enc, caesar(enc, 23))
	fmt.Println(titleWords("the GO programming lANGUAGE"))

	b := []byte("mutable")
	b[0] = 'M'
	t := string(b)
	b[1] = 'U'
	fmt.Println(t, string(b))

	fmt.Println(hexdump([]byte("€uro")))
	rs := []rune("€uro")
	fmt.Println(len(rs), rs, string(rs[0]), string(rune(65)))

	var sb strings.Builder
	sb.Grow(64)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "[%d]", i*i)
	}
	fmt.Println(sb.String(), sb.Len(), sb.Cap())

	var bb bytes.Buffer
	bb.WriteString("line one\n")
	bb.WriteString("line two\n")
	bb.WriteRune('✓')
	fmt.Println(bb.Len())
	line, err := bb.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, bb.Len())

	fields := bytes.Fields([]byte("  a bb  ccc "))
	for _, f := range fields {
		fmt.Printf("%s/%d/%d ", f, len(f), cap(f))
	}
	fmt.Println()

	parts := strings.SplitN("k1=v1;k2=v2;k3=v3", ";", 2)
	fmt.Printf("%q\n", parts)
	kv := map[string]string{}
	for _, p := range strings.Split("k1=v1;k2=v2;k3", ";") {
		k, v, ok := strings.Cut(p, "=")
		kv[k] = v
		fmt.Println(k, v, ok)
	}
	fmt.Println(len(kv), kv)

	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexRune("chicken", 'k'), strings.IndexByte("abc", 'z'))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.HasSuffix("main.go", ".go"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))

	buf := make([]byte, 0, 16)
	buf = utf8.AppendRune(buf, '世')
	buf = append(buf, "abc"...)
	fmt.Println(len(buf), cap(buf), string(buf))
	rr, size := utf8.DecodeLastRune(buf)
	fmt.Printf("%c %d\n", rr, size)
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneLen(-1))
}

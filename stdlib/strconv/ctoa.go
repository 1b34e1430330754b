package strconv

// FormatComplex and ParseComplex (Go 1.19's atoc.go/ctoa.go behaviour).
//
// ParseComplex accepts "N", "Ni", "N±Ni" and the same in parentheses,
// where each N is what ParseFloat accepts (incl. Inf and NaN); the parts
// are found by scanning the longest float prefix, as Go does, then
// converted by the runtime's exact ParseFloat.  Errors are *NumError with
// Func "ParseComplex" and the whole input; a part out of range gives ±Inf
// and ErrRange, reported only if the rest of the input is well-formed.

// FormatComplex converts c to a string "(a+bi)", each part formatted as
// FormatFloat does with half of bitSize (64 for complex64, 128 for
// complex128).
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex converts s to a complex number of the precision of bitSize
// (64: complex64's float32 parts, anything else complex128).
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error // a range error, returned if nothing else is wrong
	re, n, st := floatPrefix(s, size)
	if st == 1 {
		return 0, syntaxError("ParseComplex", orig)
	}
	if st == 2 {
		pending = rangeError("ParseComplex", orig)
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// the sign belongs to the imaginary part; "++" is an error below
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntaxError("ParseComplex", orig)
	default:
		return 0, syntaxError("ParseComplex", orig)
	}
	im, n, st := floatPrefix(s, size)
	if st == 1 {
		return 0, syntaxError("ParseComplex", orig)
	}
	if st == 2 {
		pending = rangeError("ParseComplex", orig)
	}
	if s[n:] != "i" {
		return 0, syntaxError("ParseComplex", orig)
	}
	return complex(re, im), pending
}

// floatPrefix parses the longest prefix of s that is a float literal as
// ParseFloat reads it: the value, the prefix length and a status (0 ok,
// 1 syntax error, 2 out of range).
func floatPrefix(s string, bitSize int) (float64, int, int) {
	n := specialPrefix(s)
	if n == 0 {
		var ok bool
		n, ok = numberPrefix(s)
		if !ok {
			return 0, n, 1
		}
	}
	v, st := parseFloat(s[:n], bitSize)
	return v, n, st
}

// specialPrefix: the length of a leading "inf", "infinity" (after an
// optional sign) or "nan", in any case; 0 if there is none.
func specialPrefix(s string) int {
	if len(s) == 0 {
		return 0
	}
	sign := 0
	switch s[0] {
	case 'n', 'N':
		if foldPrefix(s, "nan") == 3 {
			return 3
		}
		return 0
	case '+', '-':
		sign = 1
	case 'i', 'I':
	default:
		return 0
	}
	k := foldPrefix(s[sign:], "infinity")
	if k == 8 {
		return sign + 8
	}
	if k >= 3 {
		return sign + 3
	}
	return 0
}

// foldPrefix: how many leading bytes of s match lower-case word, ignoring
// ASCII case.
func foldPrefix(s, word string) int {
	i := 0
	for i < len(s) && i < len(word) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[i] {
			break
		}
		i++
	}
	return i
}

// numberPrefix scans a decimal or hexadecimal float: sign, optional 0x,
// digits with one '.', then an exponent (e for decimal, p required for
// hex).  ok is false when the prefix is not a complete literal or has an
// underscore that does not separate digits (underscoreOK).
func numberPrefix(s string) (int, bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	hex := false
	if i+2 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
		hex = true
		i += 2
	}
	digits, dot, unders := false, false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			unders = true
			continue
		}
		if c == '.' {
			if dot {
				break
			}
			dot = true
			continue
		}
		if '0' <= c && c <= '9' || hex && ('a' <= c|0x20 && c|0x20 <= 'f') {
			digits = true
			continue
		}
		break
	}
	if !digits {
		return i, false
	}
	expc := byte('e')
	if hex {
		expc = 'p'
	}
	if i < len(s) && s[i]|0x20 == expc {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return i, false
		}
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				unders = true
			}
		}
	} else if hex {
		return i, false
	}
	if unders && !underscoreOK(s[:i]) {
		return i, false
	}
	return i, true
}

// underscoreOK: every underscore sits between two digits (a base prefix
// counts as a digit).
func underscoreOK(s string) bool {
	prev := '^' // '^' start, '0' digit or prefix, '_' underscore, '!' other
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (s[1]|0x20 == 'x' || s[1]|0x20 == 'b' || s[1]|0x20 == 'o') {
		i = 2
		prev = '0'
		hex = s[1]|0x20 == 'x'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || hex && 'a' <= c|0x20 && c|0x20 <= 'f' {
			prev = '0'
			continue
		}
		if c == '_' {
			if prev != '0' {
				return false
			}
			prev = '_'
			continue
		}
		if prev == '_' {
			return false
		}
		prev = '!'
	}
	return prev != '_'
}

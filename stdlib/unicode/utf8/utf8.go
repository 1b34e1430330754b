// Package utf8: Go 1.19's unicode/utf8, in the gosub subset.
package utf8

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

const (
	t1 = 0b00000000
	tx = 0b10000000
	t2 = 0b11000000
	t3 = 0b11100000
	t4 = 0b11110000
	t5 = 0b11111000

	maskx = 0b00111111
	mask2 = 0b00011111
	mask3 = 0b00001111
	mask4 = 0b00000111

	rune1Max = 1<<7 - 1
	rune2Max = 1<<11 - 1
	rune3Max = 1<<16 - 1

	locb = 0b10000000
	hicb = 0b10111111
)

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune.
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	_, size := DecodeRune(p)
	if size > 1 {
		return true
	}
	c := p[0]
	if c < 0xC0 {
		return true
	}
	need := 2
	if c >= 0xF0 {
		need = 4
	} else if c >= 0xE0 {
		need = 3
	}
	return n >= need
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	return FullRune([]byte(s))
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	p0 := p[0]
	if p0 < RuneSelf {
		return rune(p0), 1
	}
	if p0 < 0xC2 || p0 > 0xF4 {
		return RuneError, 1
	}
	if p0 < 0xE0 {
		if n < 2 || p[1] < locb || hicb < p[1] {
			return RuneError, 1
		}
		return rune(p0&mask2)<<6 | rune(p[1]&maskx), 2
	}
	lo, hi := byte(locb), byte(hicb)
	if p0 == 0xE0 {
		lo = 0xA0
	} else if p0 == 0xED {
		hi = 0x9F
	} else if p0 == 0xF0 {
		lo = 0x90
	} else if p0 == 0xF4 {
		hi = 0x8F
	}
	if n < 2 || p[1] < lo || hi < p[1] {
		return RuneError, 1
	}
	if p0 < 0xF0 {
		if n < 3 || p[2] < locb || hicb < p[2] {
			return RuneError, 1
		}
		return rune(p0&mask3)<<12 | rune(p[1]&maskx)<<6 | rune(p[2]&maskx), 3
	}
	if n < 4 || p[2] < locb || hicb < p[2] || p[3] < locb || hicb < p[3] {
		return RuneError, 1
	}
	return rune(p0&mask4)<<18 | rune(p[1]&maskx)<<12 | rune(p[2]&maskx)<<6 | rune(p[3]&maskx), 4
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	if s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	k := n
	if k > 4 {
		k = 4
	}
	var b [4]byte
	for i := 0; i < k; i++ {
		b[i] = s[i]
	}
	return DecodeRune(b[:k])
}

// DecodeLastRune unpacks the last UTF-8 encoding in p.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	r = rune(p[start])
	if r < RuneSelf {
		return r, 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	return DecodeLastRune([]byte(s))
}

// RuneLen returns the number of bytes required to encode the rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r <= rune1Max:
		return 1
	case r <= rune2Max:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r <= rune3Max:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p the UTF-8 encoding of the rune.
func EncodeRune(p []byte, r rune) int {
	switch i := uint32(r); {
	case i <= rune1Max:
		p[0] = byte(r)
		return 1
	case i <= rune2Max:
		_ = p[1]
		p[0] = t2 | byte(r>>6)
		p[1] = tx | byte(r)&maskx
		return 2
	case i > MaxRune, surrogateMin <= i && i <= surrogateMax:
		r = RuneError
		fallthrough
	case i <= rune3Max:
		_ = p[2]
		p[0] = t3 | byte(r>>12)
		p[1] = tx | byte(r>>6)&maskx
		p[2] = tx | byte(r)&maskx
		return 3
	default:
		_ = p[3]
		p[0] = t4 | byte(r>>18)
		p[1] = tx | byte(r>>12)&maskx
		p[2] = tx | byte(r>>6)&maskx
		p[3] = tx | byte(r)&maskx
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) <= rune1Max {
		return append(p, byte(r))
	}
	return appendRuneNonASCII(p, r)
}

// appendRuneNonASCII appends the 2-, 3- or 4-byte encoding of r with one
// append and no scratch array (the standard packages are compiled without
// escape analysis: an array here would be a heap allocation per call).
func appendRuneNonASCII(p []byte, r rune) []byte {
	u := uint32(r)
	if u <= rune2Max {
		return append(p, t2|byte(r>>6), tx|byte(r)&maskx)
	}
	if u > MaxRune || (surrogateMin <= u && u <= surrogateMax) {
		u = RuneError
	}
	if u <= rune3Max {
		return append(p, t3|byte(u>>12), tx|byte(u>>6)&maskx, tx|byte(u)&maskx)
	}
	return append(p, t4|byte(u>>18), tx|byte(u>>12)&maskx, tx|byte(u>>6)&maskx, tx|byte(u)&maskx)
}

// RuneCount returns the number of runes in p.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); {
		_, size := DecodeRune(p[i:])
		i += size
		n++
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for range s {
		n++
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i, r := range s {
		if r == RuneError {
			_, size := DecodeRuneInString(s[i:])
			if size == 1 {
				return false
			}
		}
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}

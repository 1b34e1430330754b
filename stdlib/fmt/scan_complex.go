package fmt

import "errors"

// Scanning complex64 and complex128 operands: "(N+Ni)" or "N+Ni", each N a
// float token, no spaces inside (Go's complexTokens/scanComplex).

var errComplex = errors.New("syntax error scanning complex number")

// complexTokens returns the real part and the signed imaginary part.
func (s *ss) complexTokens() (re, im string) {
	parens := s.accept("(")
	re = s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.error(errComplex)
	}
	sign := string(s.buf)
	im = s.floatToken()
	if !s.accept("i") {
		s.error(errComplex)
	}
	if parens && !s.accept(")") {
		s.error(errComplex)
	}
	return re, sign + im
}

// scanComplex scans a complex of n bits (each part n/2 bits).
func (s *ss) scanComplex(verb rune, n int) complex128 {
	if !s.okVerb(verb, floatVerbs, "complex") {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	sre, sim := s.complexTokens()
	re := s.convertFloat(sre, n/2)
	im := s.convertFloat(sim, n/2)
	return complex(re, im)
}

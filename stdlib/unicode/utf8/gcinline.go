// Go 1.19's shape of the utf8 functions gc inlines whose gosub body is
// shaped differently: the inliner copies gcinl_F in place of F at a call
// so that escape analysis sees what gc sees (FullRuneInString reads the
// string in place: no []byte conversion to report); codegen still compiles
// the call to F itself.  The gcinl_ functions are never called.
package utf8

func gcinl_FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	c := s[0]
	if c < 0xC0 {
		return true // ASCII, continuation byte or invalid: one rune
	}
	need := 2
	if c >= 0xF0 {
		need = 4
	} else if c >= 0xE0 {
		need = 3
	}
	if n >= need {
		return true
	}
	// short: a byte that cannot continue the sequence ends it (RuneError)
	for i := 1; i < n; i++ {
		if s[i] < 0x80 || s[i] > 0xBF {
			return true
		}
	}
	return false
}

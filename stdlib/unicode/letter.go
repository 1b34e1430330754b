// Range tables and the functions that search them: Is, In, IsOneOf and the
// SpecialCase mappings.  The exported tables themselves (Han, Latin,
// Letter, ..., Categories, Scripts) are static data in the runtime
// (tables.go, runtime/unicode_rangetabs.c, both generated).
//
// Invariants of every table: R16 and R32 are sorted, non-overlapping runs
// lo, lo+stride, ..., hi; R32 holds only values >= 0x10000; the first
// LatinOffset entries of R16 end at or below MaxLatin1.
package unicode

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set, in two sorted slices: 16-bit and 32-bit.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents a range of 16-bit Unicode code points: Lo to Hi
// inclusive, every Stride-th one.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents a range of Unicode code points beyond 16 bits: Lo to
// Hi inclusive, every Stride-th one.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of code points (stride 1) for simple case
// conversion: Delta[c] is added to a code point to reach case c;
// UpperLower marks alternating upper/lower pairs.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish;
// its methods override the standard mappings.
type SpecialCase []CaseRange

type d [MaxCase]rune

// UpperLower in a CaseRange's Delta means alternating Upper/Lower pairs
// (an impossible delta).
const UpperLower = MaxRune + 1

// Tables with at most this many runs are searched linearly (the linear
// scan also stops early, which wins for short tables).
const linearMax = 18

func in16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			g := &ranges[i]
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		g := &ranges[m]
		if r < g.Lo {
			hi = m
		} else if r > g.Hi {
			lo = m + 1
		} else {
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

func in32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			g := &ranges[i]
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		g := &ranges[m]
		if r < g.Lo {
			hi = m
		} else if r > g.Hi {
			lo = m + 1
		} else {
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// unsigned comparison: negative runes are never members
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return in16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// mapCase looks r up in a sorted CaseRange list: the mapped rune and
// whether r had an entry.
func mapCase(which int, r rune, ranges []CaseRange) (rune, bool) {
	if which < 0 || MaxCase <= which {
		return ReplacementChar, false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := ranges[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[which]
			if delta > MaxRune {
				// Alternating pairs starting at Lo: even offsets are upper
				// case, odd ones lower; title case is upper case.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(which&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, had := mapCase(UpperCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, had := mapCase(TitleCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, had := mapCase(LowerCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToLower(r)
	}
	return r1
}

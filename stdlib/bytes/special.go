package bytes

import "unicode"

// ToUpperSpecial treats s as UTF-8-encoded bytes and returns a copy with
// all the Unicode letters mapped to their upper case, giving priority to
// the special casing rules.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial is ToUpperSpecial for lower case.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial is ToUpperSpecial for title case.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// Package unicode: Go 1.19's classification functions; the tables live in
// the runtime (runtime/unicode_tables.c, generated from Go's tables).
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Case constants for To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

//extern go_unicode_IsLetter
func IsLetter(r rune) bool

//extern go_unicode_IsDigit
func IsDigit(r rune) bool

//extern go_unicode_IsNumber
func IsNumber(r rune) bool

//extern go_unicode_IsSpace
func IsSpace(r rune) bool

//extern go_unicode_IsUpper
func IsUpper(r rune) bool

//extern go_unicode_IsLower
func IsLower(r rune) bool

//extern go_unicode_IsTitle
func IsTitle(r rune) bool

//extern go_unicode_IsPunct
func IsPunct(r rune) bool

//extern go_unicode_IsControl
func IsControl(r rune) bool

//extern go_unicode_IsGraphic
func IsGraphic(r rune) bool

//extern go_unicode_IsPrint
func IsPrint(r rune) bool

//extern go_unicode_IsSymbol
func IsSymbol(r rune) bool

//extern go_unicode_IsMark
func IsMark(r rune) bool

//extern go_unicode_ToUpper
func ToUpper(r rune) rune

//extern go_unicode_ToLower
func ToLower(r rune) rune

//extern go_unicode_ToTitle
func ToTitle(r rune) rune

//extern go_unicode_SimpleFold
func SimpleFold(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// Package math: Go 1.19's math constants and functions.  Functions are
// implemented by the runtime (runtime/stdlib_math.c) with Go's results.
package math

// Mathematical constants.
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763 // https://oeis.org/A001113
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459 // https://oeis.org/A000796
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862 // https://oeis.org/A001622

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974 // https://oeis.org/A002193
	SqrtE   = 1.64872127070012814684865078831548961081097826106346090346131497 // https://oeis.org/A019774
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779 // https://oeis.org/A002161
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038 // https://oeis.org/A139339

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009 // https://oeis.org/A002162
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790 // https://oeis.org/A002392
	Log10E = 1 / Ln10
)

// Floating-point limit values.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23)) // 3.40282346638528859811704183484516925440e+38
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23            // 1.401298464324817070923729583289916131280e-45

	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52)) // 1.79769313486231570814527423731704356798070e+308
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52            // 4.9406564584124654417656879286822137236505980e-324
)

// Integer limit values.
const (
	intSize = 32 << (^uint(0) >> 63) // 32 or 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

//extern go_math_Inf
func Inf(sign int) float64

//extern go_math_NaN
func NaN() float64

//extern go_math_IsNaN
func IsNaN(f float64) (is bool)

//extern go_math_IsInf
func IsInf(f float64, sign int) bool

//extern go_math_Signbit
func Signbit(x float64) bool

//extern go_math_Float64bits
func Float64bits(f float64) uint64

//extern go_math_Float64frombits
func Float64frombits(b uint64) float64

//extern go_math_Float32bits
func Float32bits(f float32) uint32

//extern go_math_Float32frombits
func Float32frombits(b uint32) float32

//extern go_math_Frexp
func Frexp(f float64) (frac float64, exp int)

//extern go_math_Ldexp
func Ldexp(frac float64, exp int) float64

//extern go_math_Modf
func Modf(f float64) (int float64, frac float64)

//extern go_math_Sincos
func Sincos(x float64) (sin, cos float64)

//extern go_math_Max
func Max(x, y float64) float64

//extern go_math_Min
func Min(x, y float64) float64

//extern go_math_Dim
func Dim(x, y float64) float64

//extern go_math_Sqrt
func Sqrt(x float64) float64

//extern go_math_Pow
func Pow(x, y float64) float64

//extern go_math_Abs
func Abs(x float64) float64

//extern go_math_Floor
func Floor(x float64) float64

//extern go_math_Ceil
func Ceil(x float64) float64

//extern go_math_Trunc
func Trunc(x float64) float64

//extern go_math_Round
func Round(x float64) float64

//extern go_math_RoundToEven
func RoundToEven(x float64) float64

//extern go_math_Mod
func Mod(x, y float64) float64

//extern go_math_Remainder
func Remainder(x, y float64) float64

//extern go_math_Exp
func Exp(x float64) float64

//extern go_math_Exp2
func Exp2(x float64) float64

//extern go_math_Expm1
func Expm1(x float64) float64

//extern go_math_Log
func Log(x float64) float64

//extern go_math_Log2
func Log2(x float64) float64

//extern go_math_Log10
func Log10(x float64) float64

//extern go_math_Log1p
func Log1p(x float64) float64

//extern go_math_Sin
func Sin(x float64) float64

//extern go_math_Cos
func Cos(x float64) float64

//extern go_math_Tan
func Tan(x float64) float64

//extern go_math_Asin
func Asin(x float64) float64

//extern go_math_Acos
func Acos(x float64) float64

//extern go_math_Atan
func Atan(x float64) float64

//extern go_math_Atan2
func Atan2(y, x float64) float64

//extern go_math_Sinh
func Sinh(x float64) float64

//extern go_math_Cosh
func Cosh(x float64) float64

//extern go_math_Tanh
func Tanh(x float64) float64

//extern go_math_Hypot
func Hypot(p, q float64) float64

//extern go_math_Cbrt
func Cbrt(x float64) float64

//extern go_math_Copysign
func Copysign(f, sign float64) float64

//extern go_math_Asinh
func Asinh(x float64) float64

//extern go_math_Acosh
func Acosh(x float64) float64

//extern go_math_Atanh
func Atanh(x float64) float64

//extern go_math_Erf
func Erf(x float64) float64

//extern go_math_Erfc
func Erfc(x float64) float64

//extern go_math_Gamma
func Gamma(x float64) float64

//extern go_math_Nextafter
func Nextafter(x, y float64) (r float64)

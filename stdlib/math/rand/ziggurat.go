package rand

// NormFloat64 and ExpFloat64: Marsaglia & Tsang's ziggurat method ("The
// Ziggurat Method for Generating Random Variables", 2000), as Go 1.19
// uses it: 128 strips for the normal density, 256 for the exponential.
// The strip tables (k: acceptance thresholds, w: widths, f: densities)
// are computed at start-up from the paper's recurrences, in float64,
// then stored as uint32/float32 as Go's tables are.

import "math"

const (
	rn = 3.442619855899      // start of the normal tail
	re = 7.69711747013104972 // start of the exponential tail
)

var (
	kn [128]uint32
	wn [128]float32
	fn [128]float32
	ke [256]uint32
	we [256]float32
	fe [256]float32
)

func init() {
	// normal: strips of equal area vn under exp(-x*x/2)
	const m1 = 2147483648.0
	const vn = 9.91256303526217e-3
	dn, tn := 3.442619855899, 3.442619855899
	q := vn / math.Exp(-.5*dn*dn)
	kn[0] = uint32((dn / q) * m1)
	kn[1] = 0
	wn[0] = float32(q / m1)
	wn[127] = float32(dn / m1)
	fn[0] = 1.0
	fn[127] = float32(math.Exp(-.5 * dn * dn))
	for i := 126; i >= 1; i-- {
		dn = math.Sqrt(-2 * math.Log(vn/dn+math.Exp(-.5*dn*dn)))
		kn[i+1] = uint32((dn / tn) * m1)
		tn = dn
		fn[i] = float32(math.Exp(-.5 * dn * dn))
		wn[i] = float32(dn / m1)
	}
	// exponential: strips of equal area ve under exp(-x)
	const m2 = 4294967296.0
	const ve = 3.949659822581572e-3
	de, te := 7.697117470131487, 7.697117470131487
	q = ve / math.Exp(-de)
	ke[0] = uint32((de / q) * m2)
	ke[1] = 0
	we[0] = float32(q / m2)
	we[255] = float32(de / m2)
	fe[0] = 1.0
	fe[255] = float32(math.Exp(-de))
	for i := 254; i >= 1; i-- {
		de = -math.Log(ve/de + math.Exp(-de))
		ke[i+1] = uint32((de / te) * m2)
		te = de
		fe[i] = float32(math.Exp(-de))
		we[i] = float32(de / m2)
	}
}

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with mean 0 and deviation 1.
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32()) // the sign bit picks the side
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			return x // inside the strip's rectangle: most draws
		}
		if i == 0 {
			// the base strip's tail, by Marsaglia's method
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with rate 1.
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

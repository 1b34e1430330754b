# command-line-arguments
./gen_slab.go:33:41: &Slab[go.shape.string_0]{...} escapes to heap
./gen_slab.go:52:25: ... argument does not escape
./gen_slab.go:52:43: h.idx escapes to heap
./gen_slab.go:56:25: ... argument does not escape
./gen_slab.go:56:59: h.idx escapes to heap
./gen_slab.go:56:66: h.gen escapes to heap
./gen_slab.go:56:74: sl.gen escapes to heap
./gen_slab.go:33:41: &Slab[go.shape.struct { main.x float64; main.y float64; main.alive int }_0]{...} escapes to heap
./gen_slab.go:52:25: ... argument does not escape
./gen_slab.go:52:43: h.idx escapes to heap
./gen_slab.go:56:25: ... argument does not escape
./gen_slab.go:56:59: h.idx escapes to heap
./gen_slab.go:56:66: h.gen escapes to heap
./gen_slab.go:56:74: sl.gen escapes to heap
./gen_slab.go:125:32: leaking param content: v
./gen_slab.go:142:35: p does not escape
./gen_slab.go:112:13: ... argument does not escape
./gen_slab.go:112:13: a escapes to heap
./gen_slab.go:112:13: b escapes to heap
./gen_slab.go:112:13: c escapes to heap
./gen_slab.go:112:24: s.live escapes to heap
./gen_slab.go:114:13: ... argument does not escape
./gen_slab.go:114:13: v escapes to heap
./gen_slab.go:114:23: s.live escapes to heap
./gen_slab.go:116:13: ... argument does not escape
./gen_slab.go:116:28: errors.Is(err, ErrStale) escapes to heap
./gen_slab.go:118:13: ... argument does not escape
./gen_slab.go:118:13: d escapes to heap
./gen_slab.go:118:23: d.idx == b.idx escapes to heap
./gen_slab.go:118:35: d == b escapes to heap
./gen_slab.go:122:13: ... argument does not escape
./gen_slab.go:124:13: ... argument does not escape
./gen_slab.go:125:9: func literal does not escape
./gen_slab.go:125:54: ... argument does not escape
./gen_slab.go:125:56: h.idx escapes to heap
./gen_slab.go:125:62: ":" escapes to heap
./gen_slab.go:125:67: *v escapes to heap
./gen_slab.go:125:71: " " escapes to heap
./gen_slab.go:142:10: func literal does not escape
./gen_slab.go:146:13: ... argument does not escape
./gen_slab.go:146:16: ps.live escapes to heap
./gen_slab.go:146:26: len(ps.slots) escapes to heap
./gen_slab.go:146:26: total escapes to heap
./gen_slab.go:146:47: ps.freeHead escapes to heap
./gen_slab.go:148:12: ... argument does not escape
./gen_slab.go:148:25: *pp escapes to heap
./gen_slab.go:149:12: ... argument does not escape
./gen_slab.go:149:26: hs[0] escapes to heap
./gen_slab.go:149:33: ps.slots escapes to heap
./gen_slab.go:151:14: make(Bits[uint64], 2) escapes to heap
./gen_slab.go:155:13: ... argument does not escape
./gen_slab.go:155:22: Bits[go.shape.uint64_0].Has(&.dict.Bits[uint64].Has, bits, 3) escapes to heap
./gen_slab.go:155:35: Bits[go.shape.uint64_0].Has(&.dict.Bits[uint64].Has, bits, 4) escapes to heap
./gen_slab.go:155:48: Bits[go.shape.uint64_0].Has(&.dict.Bits[uint64].Has, bits, 64) escapes to heap
./gen_slab.go:155:62: Bits[go.shape.uint64_0].Has(&.dict.Bits[uint64].Has, bits, 127) escapes to heap
./gen_slab.go:155:79: Bits[go.shape.uint64_0].width(&.dict.Bits[uint64].width, bits) escapes to heap
./gen_slab.go:155:79: bits escapes to heap
./gen_slab.go:156:15: make(Bits[uint32], 2) escapes to heap
./gen_slab.go:158:13: ... argument does not escape
./gen_slab.go:158:13: small escapes to heap
./gen_slab.go:158:32: Bits[go.shape.uint32_0].width(&.dict.Bits[uint32].width, small) escapes to heap
./gen_slab.go:158:45: Bits[go.shape.uint32_0].Has(&.dict.Bits[uint32].Has, small, 33) escapes to heap
./gen_slab.go:158:60: Bits[go.shape.uint32_0].Has(&.dict.Bits[uint32].Has, small, 1) escapes to heap

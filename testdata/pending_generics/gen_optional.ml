# command-line-arguments
./gen_optional.go:85:20: leaking param: s
./gen_optional.go:73:10: new(go.shape.float64_0) escapes to heap
./gen_optional.go:73:10: new(go.shape.struct { main.name string; main.retry int }_0) escapes to heap
./gen_optional.go:73:10: new(go.shape.*uint8_0) escapes to heap
./gen_optional.go:73:10: new(go.shape.string_0) escapes to heap
./gen_optional.go:107:84: s does not escape
./gen_optional.go:104:13: ... argument does not escape
./gen_optional.go:104:13: a escapes to heap
./gen_optional.go:104:13: b escapes to heap
./gen_optional.go:104:28: Optional[go.shape.int_0].OrElse(&.dict.Optional[int].OrElse, a, -1) escapes to heap
./gen_optional.go:104:42: Optional[go.shape.int_0].OrElse(&.dict.Optional[int].OrElse, b, -1) escapes to heap
./gen_optional.go:105:12: ... argument does not escape
./gen_optional.go:105:30: MapOpt[go.shape.int_0,go.shape.string_1](&.dict.MapOpt[int,string], a, strconv.Itoa) escapes to heap
./gen_optional.go:105:55: MapOpt[go.shape.int_0,go.shape.string_1](&.dict.MapOpt[int,string], a, strconv.Itoa) escapes to heap
./gen_optional.go:106:13: ... argument does not escape
./gen_optional.go:106:20: MapOpt[go.shape.int_0,go.shape.float64_1](&.dict.MapOpt[int,float64], b, func literal) escapes to heap
./gen_optional.go:106:24: func literal does not escape
./gen_optional.go:107:13: ... argument does not escape
./gen_optional.go:107:20: MapOpt[go.shape.[]int_0,go.shape.int_1](&.dict.MapOpt[[]int,int], MapOpt[go.shape.int_0,go.shape.[]int_1](&.dict.MapOpt[int,[]int], a, func literal), func literal) escapes to heap
./gen_optional.go:107:31: func literal does not escape
./gen_optional.go:107:62: make([]int, i % 5) escapes to heap
./gen_optional.go:107:79: func literal does not escape
./gen_optional.go:110:13: ... argument does not escape
./gen_optional.go:110:13: o escapes to heap
./gen_optional.go:112:13: ... argument does not escape
./gen_optional.go:112:13: o escapes to heap
./gen_optional.go:112:20: len(Optional[go.shape.string_0].OrElse(&.dict.Optional[string].OrElse, o, "")) escapes to heap
./gen_optional.go:115:12: ... argument does not escape
./gen_optional.go:115:13: v escapes to heap
./gen_optional.go:115:13: ok escapes to heap
./gen_optional.go:117:29: []string{...} does not escape
./gen_optional.go:118:12: func literal does not escape
./gen_optional.go:119:14: ... argument does not escape
./gen_optional.go:119:14: in escapes to heap
./gen_optional.go:119:19: "->" escapes to heap
./gen_optional.go:119:29: Result[go.shape.int_0].Ok(&.dict.Result[int].Ok, r) escapes to heap
./gen_optional.go:119:49: errors.Is(r.Err, errNeg) escapes to heap
./gen_optional.go:122:12: ... argument does not escape
./gen_optional.go:122:42: Zero[go.shape.string_0](&.dict.Zero[string]) escapes to heap
./gen_optional.go:122:55: Zero[go.shape.int_0](&.dict.Zero[int]) escapes to heap
./gen_optional.go:122:88: Zero[go.shape.[]uint8_0](&.dict.Zero[[]uint8]) == nil escapes to heap
./gen_optional.go:123:12: ... argument does not escape
./gen_optional.go:123:37: Zero[go.shape.struct { main.name string; main.retry int }_0](&.dict.Zero[main.config]) escapes to heap
./gen_optional.go:123:54: Zero[go.shape.[3]bool_0](&.dict.Zero[[3]bool]) escapes to heap
./gen_optional.go:124:13: ... argument does not escape
./gen_optional.go:124:28: Zero[go.shape.interface { Error() string }_0](&.dict.Zero[error]) == nil escapes to heap
./gen_optional.go:124:59: Zero[go.shape.map[string]int_0](&.dict.Zero[map[string]int]) == nil escapes to heap
./gen_optional.go:124:90: Zero[go.shape.struct { main.val float64; main.valid bool }_0](&.dict.Zero[main.Optional[float64]]) escapes to heap
./gen_optional.go:128:13: ... argument does not escape
./gen_optional.go:128:14: *p escapes to heap
./gen_optional.go:131:12: ... argument does not escape
./gen_optional.go:131:22: *pc escapes to heap
./gen_optional.go:133:13: ... argument does not escape
./gen_optional.go:133:14: *(*pp) escapes to heap
./gen_optional.go:135:13: ... argument does not escape
./gen_optional.go:135:20: IsZero[go.shape.int_0](&.dict.IsZero[int], 0) escapes to heap
./gen_optional.go:135:31: IsZero[go.shape.string_0](&.dict.IsZero[string], "") escapes to heap
./gen_optional.go:135:43: IsZero[go.shape.string_0](&.dict.IsZero[string], "x") escapes to heap
./gen_optional.go:135:56: IsZero[go.shape.struct { main.name string; main.retry int }_0](&.dict.IsZero[main.config], config{}) escapes to heap
./gen_optional.go:135:74: IsZero[go.shape.struct { main.name string; main.retry int }_0](&.dict.IsZero[main.config], config{...}) escapes to heap
./gen_optional.go:137:13: ... argument does not escape
./gen_optional.go:137:20: IsZero[go.shape.*uint8_0](&.dict.IsZero[*main.config], nilp) escapes to heap
./gen_optional.go:137:34: IsZero[go.shape.*uint8_0](&.dict.IsZero[*main.config], pc) escapes to heap
./gen_optional.go:139:28: []Optional[main.config]{...} escapes to heap
./gen_optional.go:146:13: ... argument does not escape
./gen_optional.go:146:14: "non-zero configs" escapes to heap
./gen_optional.go:146:14: count escapes to heap
./gen_optional.go:146:14: opts escapes to heap
./gen_optional.go:34:20: ... argument does not escape
./gen_optional.go:34:34: unsafe.Pointer(o.val) escapes to heap
./gen_optional.go:34:20: ... argument does not escape
./gen_optional.go:34:34: unsafe.Pointer(o.val) escapes to heap
./gen_optional.go:34:20: ... argument does not escape
./gen_optional.go:34:34: unsafe.Pointer(o.val) escapes to heap
./gen_optional.go:34:20: ... argument does not escape
./gen_optional.go:34:34: unsafe.Pointer(o.val) escapes to heap
./gen_optional.go:34:20: ... argument does not escape
./gen_optional.go:34:34: unsafe.Pointer(o.val) escapes to heap

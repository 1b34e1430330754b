# command-line-arguments
./gen_optional.go:18:6: can inline Some[go.shape.int_0]
./gen_optional.go:19:6: can inline None[go.shape.int_0]
./gen_optional.go:23:6: can inline Optional[go.shape.int_0].OrElse
./gen_optional.go:21:6: can inline Optional[go.shape.int_0].Get
./gen_optional.go:18:6: can inline Some[go.shape.string_0]
./gen_optional.go:19:6: can inline None[go.shape.string_0]
./gen_optional.go:44:19: inlining call to Optional[go.shape.int_0].Get
./gen_optional.go:45:14: inlining call to Some[go.shape.string_0]
./gen_optional.go:47:16: inlining call to None[go.shape.string_0]
./gen_optional.go:18:6: can inline Some[go.shape.float64_0]
./gen_optional.go:19:6: can inline None[go.shape.float64_0]
./gen_optional.go:44:19: inlining call to Optional[go.shape.int_0].Get
./gen_optional.go:45:14: inlining call to Some[go.shape.float64_0]
./gen_optional.go:47:16: inlining call to None[go.shape.float64_0]
./gen_optional.go:21:6: can inline Optional[go.shape.[]int_0].Get
./gen_optional.go:44:19: inlining call to Optional[go.shape.[]int_0].Get
./gen_optional.go:45:14: inlining call to Some[go.shape.int_0]
./gen_optional.go:47:16: inlining call to None[go.shape.int_0]
./gen_optional.go:18:6: can inline Some[go.shape.[]int_0]
./gen_optional.go:19:6: can inline None[go.shape.[]int_0]
./gen_optional.go:44:19: inlining call to Optional[go.shape.int_0].Get
./gen_optional.go:45:14: inlining call to Some[go.shape.[]int_0]
./gen_optional.go:47:16: inlining call to None[go.shape.[]int_0]
./gen_optional.go:37:6: can inline (*Optional[go.shape.string_0]).Set
./gen_optional.go:23:6: can inline Optional[go.shape.string_0].OrElse
./gen_optional.go:38:6: can inline (*Optional[go.shape.string_0]).Clear
./gen_optional.go:21:6: can inline Optional[go.shape.string_0].Get
./gen_optional.go:55:6: can inline Try[go.shape.int_0]
./gen_optional.go:60:6: can inline Result[go.shape.int_0].Ok
./gen_optional.go:62:17: inlining call to None[go.shape.int_0]
./gen_optional.go:64:13: inlining call to Some[go.shape.int_0]
./gen_optional.go:67:6: can inline Zero[go.shape.string_0]
./gen_optional.go:67:6: can inline Zero[go.shape.int_0]
./gen_optional.go:67:6: can inline Zero[go.shape.*uint8_0]
./gen_optional.go:67:6: can inline Zero[go.shape.[]uint8_0]
./gen_optional.go:67:6: can inline Zero[go.shape.struct { main.name string; main.retry int }_0]
./gen_optional.go:67:6: can inline Zero[go.shape.[3]bool_0]
./gen_optional.go:67:6: can inline Zero[go.shape.interface { Error() string }_0]
./gen_optional.go:67:6: can inline Zero[go.shape.map[string]int_0]
./gen_optional.go:67:6: can inline Zero[go.shape.struct { main.val float64; main.valid bool }_0]
./gen_optional.go:72:6: can inline NewOf[go.shape.float64_0]
./gen_optional.go:72:6: can inline NewOf[go.shape.struct { main.name string; main.retry int }_0]
./gen_optional.go:72:6: can inline NewOf[go.shape.*uint8_0]
./gen_optional.go:72:6: can inline NewOf[go.shape.string_0]
./gen_optional.go:78:6: can inline IsZero[go.shape.int_0]
./gen_optional.go:78:6: can inline IsZero[go.shape.string_0]
./gen_optional.go:78:6: can inline IsZero[go.shape.struct { main.name string; main.retry int }_0]
./gen_optional.go:78:6: can inline IsZero[go.shape.*uint8_0]
./gen_optional.go:18:6: can inline Some[go.shape.struct { main.name string; main.retry int }_0]
./gen_optional.go:19:6: can inline None[go.shape.struct { main.name string; main.retry int }_0]
./gen_optional.go:21:6: can inline Optional[go.shape.struct { main.name string; main.retry int }_0].Get
./gen_optional.go:103:16: inlining call to None[go.shape.int_0]
./gen_optional.go:104:13: inlining call to fmt.Println
./gen_optional.go:105:12: inlining call to fmt.Printf
./gen_optional.go:106:13: inlining call to fmt.Println
./gen_optional.go:107:13: inlining call to fmt.Println
./gen_optional.go:110:13: inlining call to fmt.Println
./gen_optional.go:112:13: inlining call to fmt.Println
./gen_optional.go:115:12: inlining call to fmt.Printf
./gen_optional.go:119:14: inlining call to fmt.Println
./gen_optional.go:122:42: inlining call to Zero[go.shape.string_0]
./gen_optional.go:122:55: inlining call to Zero[go.shape.int_0]
./gen_optional.go:122:69: inlining call to Zero[go.shape.*uint8_0]
./gen_optional.go:122:85: inlining call to Zero[go.shape.[]uint8_0]
./gen_optional.go:122:12: inlining call to fmt.Printf
./gen_optional.go:123:37: inlining call to Zero[go.shape.struct { main.name string; main.retry int }_0]
./gen_optional.go:123:54: inlining call to Zero[go.shape.[3]bool_0]
./gen_optional.go:123:12: inlining call to fmt.Printf
./gen_optional.go:124:25: inlining call to Zero[go.shape.interface { Error() string }_0]
./gen_optional.go:124:56: inlining call to Zero[go.shape.map[string]int_0]
./gen_optional.go:124:90: inlining call to Zero[go.shape.struct { main.val float64; main.valid bool }_0]
./gen_optional.go:124:13: inlining call to fmt.Println
./gen_optional.go:128:13: inlining call to fmt.Println
./gen_optional.go:131:12: inlining call to fmt.Printf
./gen_optional.go:133:13: inlining call to fmt.Println
./gen_optional.go:135:13: inlining call to fmt.Println
./gen_optional.go:137:13: inlining call to fmt.Println
./gen_optional.go:139:63: inlining call to None[go.shape.struct { main.name string; main.retry int }_0]
./gen_optional.go:146:13: inlining call to fmt.Println
./gen_optional.go:106:24: can inline main.func1
./gen_optional.go:107:31: can inline main.func2
./gen_optional.go:107:79: can inline main.func3
./gen_optional.go:118:12: can inline main.func4
./gen_optional.go:30:6: can inline Optional[go.shape.int_0].String
./gen_optional.go:37:6: can inline (*Optional[go.shape.int_0]).Set
./gen_optional.go:38:6: can inline (*Optional[go.shape.int_0]).Clear
./gen_optional.go:30:6: can inline Optional[go.shape.string_0].String
./gen_optional.go:21:6: can inline Optional[go.shape.float64_0].Get
./gen_optional.go:23:6: can inline Optional[go.shape.float64_0].OrElse
./gen_optional.go:30:6: can inline Optional[go.shape.float64_0].String
./gen_optional.go:37:6: can inline (*Optional[go.shape.float64_0]).Set
./gen_optional.go:38:6: can inline (*Optional[go.shape.float64_0]).Clear
./gen_optional.go:23:6: can inline Optional[go.shape.[]int_0].OrElse
./gen_optional.go:30:6: can inline Optional[go.shape.[]int_0].String
./gen_optional.go:37:6: can inline (*Optional[go.shape.[]int_0]).Set
./gen_optional.go:38:6: can inline (*Optional[go.shape.[]int_0]).Clear
./gen_optional.go:23:6: can inline Optional[go.shape.struct { main.name string; main.retry int }_0].OrElse
./gen_optional.go:30:6: can inline Optional[go.shape.struct { main.name string; main.retry int }_0].String
./gen_optional.go:37:6: can inline (*Optional[go.shape.struct { main.name string; main.retry int }_0]).Set
./gen_optional.go:38:6: can inline (*Optional[go.shape.struct { main.name string; main.retry int }_0]).Clear
./gen_optional.go:83:24: inlining call to errors.New
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
./gen_optional.go:122:42: ~R0 escapes to heap
./gen_optional.go:122:55: ~R0 escapes to heap
./gen_optional.go:122:88: (~R0) == nil escapes to heap
./gen_optional.go:123:12: ... argument does not escape
./gen_optional.go:123:37: ~R0 escapes to heap
./gen_optional.go:123:54: ~R0 escapes to heap
./gen_optional.go:124:13: ... argument does not escape
./gen_optional.go:124:28: (~R0) == nil escapes to heap
./gen_optional.go:124:59: (~R0) == nil escapes to heap
./gen_optional.go:124:90: ~R0 escapes to heap
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
./gen_optional.go:83:24: &errors.errorString{...} escapes to heap
